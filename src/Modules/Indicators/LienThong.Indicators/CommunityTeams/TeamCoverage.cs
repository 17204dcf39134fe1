using LienThong.BuildingBlocks.Problems;
using LienThong.Indicators.Persistence;
using LienThong.Indicators.Units;
using LienThong.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Indicators.CommunityTeams;

/// <summary>Covered units over all units of the level, valid on the date.</summary>
public sealed record UnitCoverage(int Covered, int Total);

/// <summary>The coverage of community digital technology teams in a province on a date, and per district-level unit.</summary>
public sealed record TeamCoverageReport(DateOnly At, string Province, string ProvinceName, UnitCoverage Districts, UnitCoverage Communes, int Teams,
    int Members, IReadOnlyList<DistrictCoverage> ByDistrict);

public sealed record DistrictCoverage(string Code, string Name, UnitCoverage Communes, int Teams, int Members);

/// <summary>
/// Coverage on a date: the province's district-level units and communes valid then, and those with at least one team active
/// then (founded on or before, not dissolved). A team keeps the commune code it was founded under; when that commune was
/// merged, the team counts under the successor valid on the date (following the registry's successions), so a merged
/// commune is counted once. A district is covered when one of its communes is.
/// </summary>
internal sealed class TeamCoverage(IndicatorsDbContext db, IRegistryDirectory registry, UnitScopes scopes)
{
    public static readonly ProblemType UnknownProvince = new("indicators/unknown-unit", 404, "Không có đơn vị hành chính này",
        "No province-level unit has this code on the date.");

    public async Task<TeamCoverageReport> OnAsync(DateOnly at, string province, CancellationToken cancellationToken)
    {
        var unit = await registry.FindUnitAsync(province, at, cancellationToken);
        if (unit is null || unit.Level != 1)
        {
            throw new ProblemException(UnknownProvince, $"Không có tỉnh, thành phố mã {province} vào ngày {at:dd/MM/yyyy}.");
        }
        var children = await registry.ListUnitsAsync(new UnitQuery(at, ParentCode: province), cancellationToken);
        var districts = children.Where(c => c.Level == 2).ToList();
        // Two-level government (from 1/7/2025): communes sit directly under the province.
        var communeParents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var commune in children.Where(c => c.Level == 3))
        {
            communeParents[commune.Code] = null;
        }
        foreach (var district in districts)
        {
            foreach (var commune in await registry.ListUnitsAsync(new UnitQuery(at, ParentCode: district.Code), cancellationToken))
            {
                communeParents[commune.Code] = district.Code;
            }
        }
        var teams = await db.Teams.AsNoTracking().Where(t => t.FoundedOn <= at && (t.DissolvedOn == null || t.DissolvedOn > at))
            .Select(t => new { t.UnitCode, Members = t.Members.Count(m => m.Since <= at && (m.Until == null || m.Until > at)) })
            .ToListAsync(cancellationToken);
        var members = 0;
        var coveredCommunes = new HashSet<string>(StringComparer.Ordinal);
        var perDistrict = districts.ToDictionary(d => d.Code, _ => (Teams: 0, Members: 0), StringComparer.Ordinal);
        var inProvince = 0;
        foreach (var team in teams)
        {
            var current = await scopes.UnitInForceAsync(team.UnitCode, at, cancellationToken);
            if (current is not null && communeParents.TryGetValue(current, out var district))
            {
                coveredCommunes.Add(current);
                inProvince++;
                members += team.Members;
                if (district is not null)
                {
                    perDistrict[district] = (perDistrict[district].Teams + 1, perDistrict[district].Members + team.Members);
                }
            }
        }
        var coveredDistricts = coveredCommunes.Select(c => communeParents[c]).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var byDistrict = districts.OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => new DistrictCoverage(d.Code, d.Name,
            new UnitCoverage(coveredCommunes.Count(c => communeParents[c] == d.Code), communeParents.Count(c => c.Value == d.Code)),
            perDistrict[d.Code].Teams, perDistrict[d.Code].Members)).ToList();
        return new TeamCoverageReport(at, province, unit.Name, new UnitCoverage(coveredDistricts.Count, districts.Count),
            new UnitCoverage(coveredCommunes.Count, communeParents.Count), inProvince, members, byDistrict);
    }
}
