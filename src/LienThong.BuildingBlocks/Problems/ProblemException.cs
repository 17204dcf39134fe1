using Microsoft.AspNetCore.Http;

namespace LienThong.BuildingBlocks.Problems;

/// <summary>
/// A refusal a service raises with its stable problem type and a Vietnamese detail (and errors by field); the endpoints
/// turn it into RFC 9457 problem details through <see cref="ProblemExceptionFilter"/>. Nothing was saved.
/// </summary>
public class ProblemException(ProblemType type, string detail, IDictionary<string, string[]>? errors = null) : Exception(detail)
{
    public ProblemType Type { get; } = type;

    public IDictionary<string, string[]>? Errors { get; } = errors;

    public IResult ToResult() => Problems.Of(Type, Message, Errors is { Count: > 0 } e ? new Dictionary<string, object?> { ["errors"] = e } : null);
}

/// <summary>Problem details for <see cref="ProblemException"/>, and 409 for a change that lost a race (optimistic concurrency).</summary>
public sealed class ProblemExceptionFilter : IEndpointFilter
{
    public static readonly ProblemType Conflict = new("changed-meanwhile", 409, "Dữ liệu vừa được người khác thay đổi",
        "Someone changed the record since it was read; reload and try again. Nothing was saved.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ProblemException problem)
        {
            return problem.ToResult();
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            return Problems.Of(Conflict, "Dữ liệu vừa thay đổi; tải lại rồi thử lại.");
        }
    }
}
