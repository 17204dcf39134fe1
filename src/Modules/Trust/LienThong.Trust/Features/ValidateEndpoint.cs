using LienThong.BuildingBlocks.Problems;
using LienThong.Trust.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LienThong.Trust.Features;

/// <summary>
/// <c>POST /api/trust/validate</c> (multipart: <c>file</c>, and <c>signature</c> for a detached .p7s): anyone may
/// check a signature — validating reveals nothing the file's holder does not already have.
/// </summary>
internal static class ValidateEndpoint
{
    /// <summary>Upper bound of what is read into memory for one validation.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public sealed record ValidationResponse(IReadOnlyList<SignatureReport> Signatures);

    public static readonly ProblemType Unsupported = new("trust/unsupported-file", 415,
        "Chưa kiểm tra được loại tệp này",
        "Only detached CMS/CAdES signatures (fields `file` and `signature`) are validated for now; PDF comes next.");

    public static readonly ProblemType TooLarge = new("trust/file-too-large", 413,
        "Tệp quá lớn", "The file is larger than the validation limit (20 MB).");

    public static async Task<Results<Ok<ValidationResponse>, ProblemHttpResult>> Handle(HttpRequest request, ITrustAdministration trust,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Invalid("file", "Gửi tệp dạng multipart/form-data với trường 'file' (và 'signature' cho chữ ký tách rời).");
        }
        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files["file"];
        var signature = form.Files["signature"];
        if (file is null)
        {
            return Problems.Invalid("file", "Thiếu tệp cần kiểm tra (trường 'file').");
        }
        if (file.Length > MaxBytes || signature?.Length > MaxBytes)
        {
            return Problems.Of(TooLarge, $"Giới hạn {MaxBytes / 1024 / 1024} MB.");
        }
        if (signature is null)
        {
            return Problems.Of(Unsupported, "Kiểm tra chữ ký trong PDF chưa được hỗ trợ; gửi kèm chữ ký tách rời (trường 'signature').");
        }
        var reports = await trust.ValidateDetachedAsync(await ReadAsync(file, cancellationToken), await ReadAsync(signature, cancellationToken), cancellationToken);
        return TypedResults.Ok(new ValidationResponse(reports));
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
