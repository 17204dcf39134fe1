using LienThong.BuildingBlocks.Problems;
using LienThong.Trust.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LienThong.Trust.Features;

/// <summary>
/// <c>POST /api/trust/validate</c> (multipart: <c>file</c> — a signed PDF, or any file with <c>signature</c>, its detached
/// .p7s): anyone may check a signature — validating reveals nothing the file's holder does not already have.
/// </summary>
internal static class ValidateEndpoint
{
    public sealed record ValidationResponse(IReadOnlyList<SignatureReport> Signatures);

    public static readonly ProblemType Unsupported = new("trust/unsupported-file", 415,
        "Chưa kiểm tra được loại tệp này",
        "Send a signed PDF as `file`, or any file as `file` with its detached CMS/CAdES signature as `signature`.");

    public static readonly ProblemType TooLarge = new("trust/file-too-large", 413,
        "Tệp quá lớn", "The file is larger than the configured limit (Trust:MaxDocumentBytes, 20 MB by default).");

    public static readonly ProblemType UnreadablePdf = new("trust/unreadable-pdf", 422,
        "Không kiểm tra được tệp PDF",
        "The PDF is encrypted, damaged (e.g. its cross-reference table), or carries no signature; `detail` says which.");

    public static async Task<Results<Ok<ValidationResponse>, ProblemHttpResult>> Handle(HttpRequest request, ITrustAdministration trust,
        Microsoft.Extensions.Options.IOptions<TrustOptions> options, CancellationToken cancellationToken)
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
        if (options.Value.TooLarge(Math.Max(file.Length, signature?.Length ?? 0)) is { } tooLarge)
        {
            return Problems.Of(TooLarge, tooLarge);
        }
        if (signature is null)
        {
            var pdf = await ReadAsync(file, cancellationToken);
            if (pdf.AsSpan(0, Math.Min(1024, pdf.Length)).IndexOf("%PDF-"u8) < 0)
            {
                return Problems.Of(Unsupported, "Tệp không phải PDF; với tệp khác, gửi kèm chữ ký tách rời (trường 'signature').");
            }
            var (pdfReports, error) = await trust.ValidatePdfAsync(pdf, cancellationToken);
            return pdfReports is null ? Problems.Of(UnreadablePdf, error!) : TypedResults.Ok(new ValidationResponse(pdfReports));
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
