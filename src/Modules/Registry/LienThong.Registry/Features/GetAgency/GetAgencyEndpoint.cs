using Microsoft.AspNetCore.Http;
using LienThong.BuildingBlocks.Problems;
using LienThong.Registry.Contracts;
using LienThong.Registry.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LienThong.Registry.Features.GetAgency;

internal static class GetAgencyEndpoint
{
    public static async Task<Results<Ok<AgencyDetailDto>, ProblemHttpResult>> Handle(
        IRegistryDirectory directory, TimeProvider time, string eid, string? at, CancellationToken cancellationToken)
    {
        if (!ElectronicId.IsValid(eid))
        {
            return Problems.Of(RegistryProblems.InvalidElectronicId,
                $"'{eid}' không đúng định dạng {ElectronicId.Pattern} (ví dụ 000.00.00.H47).",
                new Dictionary<string, object?> { ["expectedPattern"] = ElectronicId.Pattern });
        }
        if (!QueryParameters.TryDate(at, time, out var date, out var problem))
        {
            return problem!;
        }
        if (await directory.FindAgencyAsync(eid, date, cancellationToken) is { } agency)
        {
            return TypedResults.Ok(agency);
        }
        var history = await directory.AgencyHistoryAsync(eid, cancellationToken);
        return Problems.Of(RegistryProblems.AgencyNotFound,
            history.Count == 0
                ? $"Không có cơ quan mang mã định danh {eid}."
                : $"Mã {eid} không có hiệu lực vào ngày {date:yyyy-MM-dd}; xem 'history'.",
            new Dictionary<string, object?> { ["electronicId"] = eid, ["at"] = date, ["history"] = history });
    }
}
