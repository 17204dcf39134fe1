using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LienThong.BuildingBlocks.Problems;

public static class ProblemEndpoints
{
    /// <summary>Serves the catalogue so that every <c>type</c> URI resolves to its description.</summary>
    public static IEndpointRouteBuilder MapProblemTypes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/problems").WithTags("Problem types").AllowAnonymous();
        group.MapGet("/", () => TypedResults.Ok(ProblemTypes.All())).WithName("ListProblemTypes")
            .WithSummary("Every problem type the API can return.");
        group.MapGet("/{**slug}", Results<Ok<ProblemType>, NotFound> (string slug) =>
                ProblemTypes.Find(slug) is { } type ? TypedResults.Ok(type) : TypedResults.NotFound())
            .WithName("GetProblemType").WithSummary("One problem type: status, Vietnamese title, meaning.");
        return app;
    }
}
