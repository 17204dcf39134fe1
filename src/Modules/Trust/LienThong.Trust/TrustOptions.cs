namespace LienThong.Trust;

/// <summary>The <c>Trust</c> configuration section.</summary>
public sealed class TrustOptions
{
    public const string Section = "Trust";

    /// <summary>
    /// Encrypts every private key at rest (PKCS#8, AES-256, PBKDF2). Required in Production; elsewhere,
    /// when empty, one is generated into the data folder so that the demo runs out of the box.
    /// </summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>Where relying parties fetch CRLs and ask OCSP; written into every certificate.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080");

    /// <summary>How long a CRL is valid before its nextUpdate (RFC 5280 §5.1.2.5).</summary>
    public TimeSpan CrlValidity { get; set; } = TimeSpan.FromDays(1);

    public int EndEntityValidityDays { get; set; } = 730;

    /// <summary>
    /// Further roots signatures may chain to (PEM or DER files), e.g. the Government Cipher Committee's root CA for
    /// specialised public-service certificates. The platform's own root is always trusted.
    /// </summary>
    public IReadOnlyList<string> TrustedRoots { get; set; } = [];

    /// <summary>A PKCS#11 token (HSM) for every key instead of encrypted files, when <see cref="Pkcs11Options.Library"/> is set.</summary>
    public Pkcs11Options Pkcs11 { get; set; } = new();

    /// <summary>The largest document signed or validated (bytes); anything bigger is refused before it is read further.</summary>
    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The refusal of a document over <see cref="MaxDocumentBytes"/>, or null.</summary>
    public string? TooLarge(long length) => length > MaxDocumentBytes
        ? $"Tệp {length / 1024.0 / 1024.0:0.#} MB vượt giới hạn {MaxDocumentBytes / 1024.0 / 1024.0:0.#} MB (Trust:MaxDocumentBytes)."
        : null;

    /// <summary>
    /// The date whose agencies the coverage report counts (default: today). The shipped settings say 2023-12-31:
    /// the seeded province is Quảng Nam as the digital-transformation report saw it, whose agencies ceased in 2025.
    /// </summary>
    public DateOnly? CoverageDate { get; set; }

    /// <summary>
    /// Issue the missing seal and signing certificates in the background when the web host starts (the keys take
    /// about 20 s for the seeded province on two cores). <c>lienthong seed</c> does the same in the foreground.
    /// </summary>
    public bool EnrolOnStart { get; set; } = true;
}

/// <summary>The <c>Trust:Pkcs11</c> section: which PKCS#11 library, which token, and the user PIN (a secret: from the environment).</summary>
public sealed class Pkcs11Options
{
    public string? Library { get; set; }

    public string TokenLabel { get; set; } = "lienthong";

    public string? Pin { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Library);
}
