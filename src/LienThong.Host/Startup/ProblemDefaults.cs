using LienThong.BuildingBlocks.Problems;

namespace LienThong.Host.Startup;

/// <summary>Gives framework-made problems (404 on unknown routes, 500s) a catalogue type and a Vietnamese title.</summary>
internal static class ProblemDefaults
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        if (problem.Type is not null && problem.Type.StartsWith("/problems/", StringComparison.Ordinal))
        {
            return;
        }
        var type = problem.Status switch
        {
            StatusCodes.Status401Unauthorized => ProblemTypes.Unauthenticated,
            StatusCodes.Status403Forbidden => ProblemTypes.Forbidden,
            StatusCodes.Status404NotFound => ProblemTypes.NotFound,
            StatusCodes.Status400BadRequest => ProblemTypes.Validation,
            >= 500 => ProblemTypes.Unexpected,
            _ => null,
        };
        if (type is not null)
        {
            (problem.Type, problem.Title) = (type.Uri, type.Title);
        }
    }
}
