using Microsoft.AspNetCore.Http;
using LienThong.Registry.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LienThong.Registry.Features.ListUnits;

internal static class ListUnitsEndpoint
{
    public static async Task<Results<Ok<IReadOnlyList<UnitDto>>, ProblemHttpResult>> Handle(
        IRegistryDirectory directory, TimeProvider time, string? at, string? parent, string? level, string? q,
        CancellationToken cancellationToken)
    {
        if (!QueryParameters.TryDate(at, time, out var date, out var problem) ||
            !QueryParameters.TryLevel(level, out var parsedLevel, out problem) ||
            !QueryParameters.TryUnitCode(parent, "parent", out var parentCode, out problem) ||
            !QueryParameters.TryText(q, out var text, out problem))
        {
            return problem!;
        }
        return TypedResults.Ok(await directory.ListUnitsAsync(new UnitQuery(date, parentCode, parsedLevel, text), cancellationToken));
    }
}
