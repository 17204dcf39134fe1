using Microsoft.AspNetCore.Http;
using LienThong.Registry.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LienThong.Registry.Features.ListAgencies;

internal static class ListAgenciesEndpoint
{
    public static async Task<Results<Ok<IReadOnlyList<AgencyDto>>, ProblemHttpResult>> Handle(
        IRegistryDirectory directory, TimeProvider time, string? at, string? unit, string? q, CancellationToken cancellationToken)
    {
        if (!QueryParameters.TryDate(at, time, out var date, out var problem) ||
            !QueryParameters.TryUnitCode(unit, "unit", out var unitCode, out problem) ||
            !QueryParameters.TryText(q, out var text, out problem))
        {
            return problem!;
        }
        return TypedResults.Ok(await directory.ListAgenciesAsync(new AgencyQuery(date, unitCode, text), cancellationToken));
    }
}
