using Microsoft.AspNetCore.Http;
using LienThong.BuildingBlocks.Problems;
using LienThong.Registry.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LienThong.Registry.Features.GetUnit;

internal static class GetUnitEndpoint
{
    public static async Task<Results<Ok<UnitDetailDto>, ProblemHttpResult>> Handle(
        IRegistryDirectory directory, TimeProvider time, string code, string? at, CancellationToken cancellationToken)
    {
        if (!QueryParameters.TryDate(at, time, out var date, out var problem) ||
            !QueryParameters.TryUnitCode(code, "code", out _, out problem))
        {
            return problem!;
        }
        if (await directory.FindUnitAsync(code, date, cancellationToken) is { } unit)
        {
            return TypedResults.Ok(unit);
        }
        // The code may have meant something at another date: say so, and point to the successors.
        var history = await directory.UnitHistoryAsync(code, cancellationToken);
        return Problems.Of(RegistryProblems.UnitNotFound,
            history.Count == 0
                ? $"Không có đơn vị hành chính mã {code}."
                : $"Mã {code} không có hiệu lực vào ngày {date:yyyy-MM-dd}; xem các phiên bản khác và đơn vị kế thừa trong 'history'.",
            new Dictionary<string, object?> { ["code"] = code, ["at"] = date, ["history"] = history });
    }
}
