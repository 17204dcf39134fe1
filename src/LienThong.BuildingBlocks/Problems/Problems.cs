using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LienThong.BuildingBlocks.Problems;

/// <summary>Builds RFC 9457 responses from the catalogue so that every endpoint answers alike.</summary>
public static class Problems
{
    public static ProblemHttpResult Of(ProblemType type, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(new ProblemDetails
        {
            Type = type.Uri,
            Title = type.Title,
            Status = type.Status,
            Detail = detail,
            Extensions = extensions ?? new Dictionary<string, object?>(),
        });

    /// <summary>400 with the fields named, as ASP.NET Core's validation problems are shaped.</summary>
    public static ProblemHttpResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Type = ProblemTypes.Validation.Uri,
            Title = ProblemTypes.Validation.Title,
            Status = ProblemTypes.Validation.Status,
            Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
        });
}
