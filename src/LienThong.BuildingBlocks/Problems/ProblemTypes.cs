namespace LienThong.BuildingBlocks.Problems;

/// <summary>The catalogue of problem types shared by every module; modules add their own beside it.</summary>
public static class ProblemTypes
{
    public static readonly ProblemType Validation = new("validation", 400,
        "Dữ liệu gửi lên không hợp lệ",
        "One or more fields are invalid; `errors` names each field with its messages.");

    public static readonly ProblemType Unauthenticated = new("unauthenticated", 401,
        "Cần đăng nhập hoặc mã truy cập hợp lệ",
        "No valid credentials: sign in, or send `Authorization: Bearer` with an access token from /connect/token.");

    public static readonly ProblemType Forbidden = new("forbidden", 403,
        "Không có quyền thực hiện thao tác này",
        "The caller is authenticated but its roles or agency do not allow this operation.");

    public static readonly ProblemType NotFound = new("not-found", 404,
        "Không tìm thấy tài nguyên",
        "The resource does not exist.");

    public static readonly ProblemType Unexpected = new("unexpected", 500,
        "Đã xảy ra lỗi không mong muốn",
        "An unexpected error; the trace identifier helps the operator find it in the logs.");

    private static readonly Dictionary<string, ProblemType> BySlug = new(StringComparer.Ordinal);

    static ProblemTypes()
    {
        foreach (var type in new[] { Validation, Unauthenticated, Forbidden, NotFound, Unexpected, ProblemExceptionFilter.Conflict })
        {
            Register(type);
        }
    }

    /// <summary>Adds a module's problem type to the catalogue served at <c>/problems/{slug}</c>.</summary>
    public static ProblemType Register(ProblemType type)
    {
        lock (BySlug)
        {
            BySlug[type.Slug] = type;
        }
        return type;
    }

    public static ProblemType? Find(string slug)
    {
        lock (BySlug)
        {
            return BySlug.GetValueOrDefault(slug);
        }
    }

    public static IReadOnlyList<ProblemType> All()
    {
        lock (BySlug)
        {
            return [.. BySlug.Values.OrderBy(t => t.Slug, StringComparer.Ordinal)];
        }
    }
}
