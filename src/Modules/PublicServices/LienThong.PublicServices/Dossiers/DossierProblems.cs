using LienThong.BuildingBlocks.Problems;
using Microsoft.AspNetCore.Http;

namespace LienThong.PublicServices.Dossiers;

/// <summary>The stable problem types of dossiers (RFC 9457); titles in Vietnamese for people.</summary>
public static class DossierProblems
{
    public static readonly ProblemType NotFound = new("public-services/dossier-not-found", 404, "Không có hồ sơ này",
        "No dossier has this identifier or code.");

    public static readonly ProblemType NotYours = new("public-services/not-your-dossier", 403, "Hồ sơ không thuộc quyền của bạn",
        "The dossier belongs to another citizen, or to another agency than the official's, or the step needs another role.");

    public static readonly ProblemType WrongState = new("public-services/wrong-state", 409, "Hồ sơ không ở trạng thái cho phép việc này",
        "The action does not fit where the dossier is (e.g. paying twice, acting on a step that is not current); nothing changed.");

    public static readonly ProblemType InvalidFile = new("public-services/invalid-file", 400, "Tệp không hợp lệ",
        "Empty, not a PDF, JPEG or PNG by its content, or for a component that takes no file.");

    public static readonly ProblemType FileTooLarge = new("public-services/file-too-large", 413, "Tệp quá lớn",
        "A file is larger than the limit; refused before it is stored.");

    public static readonly ProblemType NoReceivingAgency = new("public-services/no-receiving-agency", 422, "Chưa xác định được cơ quan tiếp nhận",
        "No agency in force receives this procedure for the applicant on that date; no dossier code was used.");

    public static readonly ProblemType AgencyUnavailable = new("public-services/agency-unavailable", 502, "Hệ thống của cơ quan liên quan chưa trả lời",
        "A call through the gateway to another agency's system failed; the dossier stays where it was and the action can be repeated.");

    public static readonly ProblemType Incomplete = new("public-services/incomplete-dossier", 400, "Hồ sơ chưa đủ thành phần",
        "Required form fields or components are missing or invalid; `errors` lists them by field.");

    public static IEnumerable<ProblemType> All => [NotFound, NotYours, WrongState, InvalidFile, FileTooLarge, NoReceivingAgency, AgencyUnavailable, Incomplete];
}

/// <summary>Thrown by the dossier services; the endpoints turn it into problem details. Nothing was saved.</summary>
internal sealed class DossierProblemException(ProblemType type, string detail, IDictionary<string, string[]>? errors = null)
    : ProblemException(type, detail, errors);

internal sealed class NoFormPosts : IEndpointFilter
{
    private static readonly string[] FormTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    /// <summary>
    /// The citizen's API takes a cookie: a change must not come from an HTML form of another page (CSRF). Forms can only send
    /// these content types; JSON and file types need a script on our own origin (CORS).
    /// </summary>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        return !HttpMethods.IsGet(request.Method) && request.ContentType is { } type
            && FormTypes.Any(f => type.StartsWith(f, StringComparison.OrdinalIgnoreCase))
            ? Problems.Of(DossierProblems.InvalidFile, "Gọi API bằng JSON (hoặc gửi tệp với kiểu của tệp); không nhận dữ liệu biểu mẫu HTML.")
            : await next(context);
    }
}
