namespace LienThong.Trust;

/// <summary>What the host's start-up, command line and pages do with the PKI.</summary>
public interface ITrustAdministration
{
    /// <summary>Creates the root and issuing CAs on first start.</summary>
    Task EnsureCertificateAuthoritiesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Seal certificates for every agency of the province and personal ones for every signing official that lacks
    /// a valid one; returns how many of each were issued. Idempotent.
    /// </summary>
    Task<(int Seals, int Officials)> EnrolAsync(int parallelism, CancellationToken cancellationToken = default);

    /// <summary>
    /// Issues a certificate; <paramref name="subject"/> is an agency e-ID for seals, an official's user name for
    /// personal certificates, a name for service profiles.
    /// </summary>
    Task<(CertificateSummary? Certificate, string? Error)> IssueAsync(string profile, string subject, CancellationToken cancellationToken = default);

    Task<string?> RevokeAsync(string serialNumber, string reason, CancellationToken cancellationToken = default);

    /// <summary>A new certificate (and key) for the same holder; the old one is revoked as superseded.</summary>
    Task<(CertificateSummary? Certificate, string? Error)> RenewAsync(string serialNumber, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CertificateSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>A detached CAdES B-T signature (.p7s) over <paramref name="content"/> with the agency's seal.</summary>
    Task<(byte[]? Signature, string? Error)> SealDetachedAsync(byte[] content, string agencyElectronicId, CancellationToken cancellationToken = default);

    /// <summary>The XML document with an enveloped XML-DSig signature by the agency's seal.</summary>
    Task<(byte[]? Signed, string? Error)> SealXmlAsync(byte[] xml, string agencyElectronicId, CancellationToken cancellationToken = default);

    /// <summary>Validates a detached CMS/CAdES signature over <paramref name="content"/>; one report per signer.</summary>
    Task<IReadOnlyList<Validation.SignatureReport>> ValidateDetachedAsync(byte[] content, byte[] signature, CancellationToken cancellationToken = default);

    /// <summary>Validates every signature of a PDF; an error (Vietnamese) when the file is no readable PDF or carries no signature.</summary>
    Task<(IReadOnlyList<Validation.SignatureReport>? Reports, string? Error)> ValidatePdfAsync(byte[] pdf, CancellationToken cancellationToken = default);

    /// <summary>The root CA certificate, PEM, for relying parties' trust stores.</summary>
    Task<string> ExportRootPemAsync(CancellationToken cancellationToken = default);
}
