using LienThong.PublicServices.Domain;
using LienThong.Registry.Contracts;

namespace LienThong.PublicServices.Dossiers;

/// <summary>An agency in force on a date.</summary>
public sealed record ResolvedAgency(string ElectronicId, string Name, string? UnitCode);

/// <summary>
/// Which agency receives a dossier on a date (ADR 0004): the procedure names an agency as it was when the version was
/// written, or the commune of residence; both are followed through the registry's successions to the agency in force.
/// </summary>
internal sealed class ReceivingAgencies(IRegistryDirectory registry)
{
    private const int MaxHops = 5;

    public async Task<ResolvedAgency?> ResolveAsync(ProcedureDefinition definition, string? residenceUnit, DateOnly day, CancellationToken cancellationToken)
    {
        if (definition.ReceivingAgency == ProcedureDefinition.CommuneOfResidence)
        {
            return residenceUnit is null ? null : await CommuneAsync(residenceUnit, day, cancellationToken);
        }
        return definition.ReceivingAgency is { } agency ? await FollowAsync(agency, day, cancellationToken) : null;
    }

    /// <summary>The agency in force on <paramref name="day"/> that <paramref name="electronicId"/> is or became (full successions only).</summary>
    public async Task<ResolvedAgency?> FollowAsync(string electronicId, DateOnly day, CancellationToken cancellationToken) =>
        await registry.InForceAsync(electronicId, day, cancellationToken) is { } found ? new ResolvedAgency(found.ElectronicId, found.Name, found.UnitCode) : null;

    /// <summary>The People's Committee of the commune, following the unit's successions (full first, then partial) to the day.</summary>
    public async Task<ResolvedAgency?> CommuneAsync(string unitCode, DateOnly day, CancellationToken cancellationToken)
    {
        var code = unitCode;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            var agencies = await registry.ListAgenciesAsync(new AgencyQuery(day, code, null), cancellationToken);
            if (agencies.FirstOrDefault(a => a.Level == "commune" && a.UnitCode == code) is { } committee)
            {
                return new ResolvedAgency(committee.ElectronicId, committee.Name, committee.UnitCode);
            }
            var next = (await registry.UnitHistoryAsync(code, cancellationToken)).SelectMany(u => u.Successors)
                .Where(s => s.Code is not null && s.Code != code && s.EffectiveDate <= day && s.Kind is "full" or "partial")
                .OrderByDescending(s => s.EffectiveDate).ThenBy(s => s.Kind == "full" ? 0 : 1).Select(s => s.Code).FirstOrDefault();
            if (next is null)
            {
                return null;
            }
            code = next;
        }
        return null;
    }
}
