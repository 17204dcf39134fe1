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
            !QueryParameters.TryLevel(level, out var parsedLevel, out problem))
        {
            return problem!;
        }
        var units = await directory.ListUnitsAsync(new UnitQuery(date, NullIfEmpty(parent), parsedLevel, q), cancellationToken);
        return TypedResults.Ok(units);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
