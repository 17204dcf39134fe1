using System.Security.Cryptography;

namespace LienThong.PublicServices.Dossiers;

/// <summary>
/// What a citizen may upload: PDF, JPEG or PNG recognised by their first bytes (the declared type and the name are not
/// trusted), not empty, at most <see cref="MaxBytes"/>; names cleaned of paths and control characters.
/// </summary>
internal static class DossierFiles
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>The type by content, or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf", // %PDF-
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        _ => null,
    };

    public static string Extension(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        _ => ".json",
    };

    public static string CleanName(string? name, string contentType)
    {
        var baseName = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var clean = new string([.. baseName.Where(c => !char.IsControl(c) && c is not ('/' or ':' or '"' or '<' or '>' or '|' or '*' or '?'))]).Trim();
        clean = clean.Normalize(System.Text.NormalizationForm.FormC);
        if (clean.Length == 0 || clean.StartsWith('.'))
        {
            clean = "tep" + Extension(contentType);
        }
        return clean.Length > 150 ? clean[..150] : clean;
    }

    /// <summary>Reads at most <see cref="MaxBytes"/> + 1 bytes, so an oversized body is refused without being held whole.</summary>
    public static async Task<byte[]> ReadLimitedAsync(Stream body, long? declaredLength, CancellationToken cancellationToken)
    {
        if (declaredLength > MaxBytes)
        {
            throw new DossierProblemException(DossierProblems.FileTooLarge, $"Tệp vượt quá {MaxBytes / 1024 / 1024} MB.");
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new DossierProblemException(DossierProblems.FileTooLarge, $"Tệp vượt quá {MaxBytes / 1024 / 1024} MB.");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
