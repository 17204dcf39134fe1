using System.Security.Claims;
using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Problems;
using LienThong.Identity.Contracts;
using LienThong.Trust.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LienThong.Trust.Features;

/// <summary>
/// <c>POST /api/trust/sign/pdf</c> (multipart: <c>file</c>; <c>as</c> = <c>official</c> | <c>seal</c>; <c>mark</c> = <c>visible</c> |
/// <c>attachment</c> | <c>invisible</c>; <c>notation</c>; <c>level</c> = <c>B-T</c> | <c>B-LT</c>): the caller signs in their own name,
/// or — a clerk — applies their own agency's seal. Nobody signs for someone else. Returns the signed PDF.
/// </summary>
internal static class SignPdfEndpoint
{
    public static readonly ProblemType Refused = new("trust/signing-refused", 422,
        "Không ký được tài liệu", "The document was not signed: not a readable PDF, no valid certificate, or a wrong option; `detail` says why.");

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(HttpRequest request, IDocumentSigner signer,
        IAuditLog audit, IOptions<TrustOptions> options, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Invalid("file", "Gửi tệp PDF dạng multipart/form-data, trường 'file'.");
        }
        var form = await request.ReadFormAsync(ct);
        if (form.Files["file"] is not { Length: > 0 } file)
        {
            return Problems.Invalid("file", "Thiếu tệp PDF cần ký (trường 'file').");
        }
        if (options.Value.TooLarge(file.Length) is { } tooLarge)
        {
            return Problems.Of(ValidateEndpoint.TooLarge, tooLarge);
        }
        var roles = user.FindAll("role").Concat(user.FindAll(ClaimTypes.Role)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var userName = user.FindFirstValue("preferred_username") ?? user.FindFirstValue(ClaimTypes.Name);
        var mark = (string?)form["mark"] switch
        {
            null or "" or "visible" => PdfSignatureMark.Visible,
            "attachment" => PdfSignatureMark.Attachment,
            "invisible" => PdfSignatureMark.Invisible,
            _ => (PdfSignatureMark?)null,
        };
        var level = (string?)form["level"] is { Length: > 0 } l ? l : "B-LT";
        if (mark is null || level is not ("B-T" or "B-LT"))
        {
            return Problems.Invalid(mark is null ? "mark" : "level", mark is null ? "mark: visible, attachment hoặc invisible." : "level: B-T hoặc B-LT.");
        }
        PdfSigningRequest signing;
        if ((string?)form["as"] == "seal")
        {
            if (!roles.Contains(Roles.Clerk) || user.FindFirstValue(LienThongClaims.Agency) is not { } agency)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                    title: "Chỉ văn thư của cơ quan được đóng dấu số của cơ quan mình.");
            }
            signing = PdfSigningRequest.Seal(agency);
        }
        else
        {
            if (userName is null || roles.Contains(Roles.Citizen) || roles.Count == 0)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Chỉ cán bộ có chứng thư cá nhân được ký.");
            }
            signing = PdfSigningRequest.Official(userName);
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var result = await signer.SignPdfAsync(buffer.ToArray(), signing with
        {
            Mark = mark.Value,
            Notation = form["notation"],
            LongTerm = level == "B-LT",
        }, ct);
        await audit.RecordAsync(userName ?? "?", "trust.signature.created", result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure,
            file.FileName, request.HttpContext.Connection.RemoteIpAddress?.ToString(),
            result.Error ?? $"pdf {signing.SealElectronicId ?? "official"} {mark} {level}", ct);
        return result.Succeeded
            ? TypedResults.File(result.Signed!, "application/pdf", Path.GetFileNameWithoutExtension(file.FileName) + "-da-ky.pdf")
            : Problems.Of(Refused, result.Error!);
    }
}
