using LienThong.Registry.Contracts;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;

namespace LienThong.Indicators.Units;

/// <summary>
/// What an indicator is computed for: an administrative unit (with every unit under it) or an agency, as it stood on
/// <see cref="At"/>, the last day of the period on which it existed. Data recorded under older codes counts here when those
/// codes became, through the registry's successions, this unit (or one under it) by that day; so a commune merged
/// mid-period counts once, under its successor.
/// </summary>
/// <param name="Level">1 province, 2 district, 3 commune; 0 for an agency.</param>
internal sealed record UnitScope(string Code, string Name, bool IsAgency, DateOnly At, IReadOnlySet<string> Members, int Level = 0);

/// <summary>
/// Resolves codes and follows successions through the registry. What a code stood for on a day is remembered for ten minutes
/// across requests (an index over a province looks up a few hundred codes; the registry changes by imports, rarely).
/// </summary>
internal sealed class UnitScopes(IRegistryDirectory registry, IMemoryCache cache, IConfiguration configuration)
{
    private const int MaxHops = 4;
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(10);

    /// <summary>The scope for a unit code or an agency e-ID (it has dots) in the period, or null when it did not exist then.</summary>
    public async Task<UnitScope?> ResolveAsync(string code, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (code.Contains('.', StringComparison.Ordinal))
        {
            var versions = await RememberedAsync(("indicators:agency-history", code), () => registry.AgencyHistoryAsync(code, cancellationToken));
            var agency = Overlapping(versions, v => (v.ValidFrom, v.ValidTo), from, to);
            return agency is null ? null : new UnitScope(code, agency.Value.Version.Name, true, agency.Value.At, new HashSet<string>(StringComparer.Ordinal) { code });
        }
        var history = await RememberedAsync(("indicators:unit-history", code), () => registry.UnitHistoryAsync(code, cancellationToken));
        var unit = Overlapping(history, v => (v.ValidFrom, v.ValidTo), from, to);
        if (unit is null)
        {
            return null;
        }
        var at = unit.Value.At;
        var members = await RememberedAsync(("indicators:members", code, at), async () =>
        {
            var found = new HashSet<string>(StringComparer.Ordinal) { code };
            var parents = new Queue<string>([code]);
            while (parents.TryDequeue(out var parent))
            {
                foreach (var child in await registry.ListUnitsAsync(new UnitQuery(at, ParentCode: parent), cancellationToken))
                {
                    if (found.Add(child.Code))
                    {
                        parents.Enqueue(child.Code);
                    }
                }
            }
            return (IReadOnlySet<string>)found;
        });
        return new UnitScope(code, unit.Value.Version.Name, false, at, members, unit.Value.Version.Level);
    }

    /// <summary>
    /// The province the platform serves on a day (<c>Indicators:PlatformProvince</c>, Quảng Nam 49 by default, followed through
    /// its successions: Đà Nẵng 48 from 1/7/2025): the pages' default unit, and the only unit platform-wide figures go to.
    /// </summary>
    public Task<string?> PlatformProvinceAsync(DateOnly at, CancellationToken cancellationToken) =>
        UnitInForceAsync(configuration["Indicators:PlatformProvince"] ?? "49", at, cancellationToken);

    /// <summary>Whether data recorded under <paramref name="code"/> (a unit, or an agency for an agency scope) belongs to the scope.</summary>
    public async Task<bool> IncludesAsync(UnitScope scope, string code, CancellationToken cancellationToken) =>
        scope.Members.Contains(code) ||
        (scope.IsAgency
            ? await AgencyInForceAsync(code, scope.At, cancellationToken) is { } agency && scope.Members.Contains(agency)
            : await UnitInForceAsync(code, scope.At, cancellationToken) is { } unit && scope.Members.Contains(unit));

    /// <summary>The agency an e-ID is or became on the date (full successions only, as <see cref="AgencySuccession"/>).</summary>
    private async Task<string?> AgencyInForceAsync(string electronicId, DateOnly at, CancellationToken cancellationToken)
    {
        var current = electronicId;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            var history = await RememberedAsync(("indicators:agency-history", current), () => registry.AgencyHistoryAsync(current, cancellationToken));
            if (history.Any(v => ValidOn(v.ValidFrom, v.ValidTo, at)))
            {
                return current;
            }
            var next = history.SelectMany(v => v.Successors).Where(s => s.Kind == "full" && s.Code is not null && s.EffectiveDate <= at)
                .OrderByDescending(s => s.EffectiveDate).Select(s => s.Code).FirstOrDefault();
            if (next is null)
            {
                return null;
            }
            current = next;
        }
        return null;
    }

    /// <summary>The unit a code stands for on the date: itself while valid, else its successor then (full successions first).</summary>
    public async Task<string?> UnitInForceAsync(string code, DateOnly at, CancellationToken cancellationToken)
    {
        var current = code;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            var history = await RememberedAsync(("indicators:unit-history", current), () => registry.UnitHistoryAsync(current, cancellationToken));
            if (history.Any(v => ValidOn(v.ValidFrom, v.ValidTo, at)))
            {
                return current;
            }
            var next = history.SelectMany(v => v.Successors).Where(s => s.Code is not null && s.EffectiveDate <= at)
                .OrderBy(s => s.Kind == "full" ? 0 : 1).ThenByDescending(s => s.EffectiveDate).FirstOrDefault();
            if (next?.Code is null)
            {
                return null;
            }
            current = next.Code;
        }
        return null;
    }

    private static bool ValidOn(DateOnly? from, DateOnly? to, DateOnly at) => (from is null || from <= at) && (to is null || at < to);

    /// <summary>A code's versions, remembered: they do not depend on the day asked, so one look-up serves every period.</summary>
    private async Task<T> RememberedAsync<T>(object key, Func<Task<T>> load) =>
        (await cache.GetOrCreateAsync(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Remembered;
            return load();
        }))!;

    /// <summary>The version valid last within the period, and the last day of the period it was valid on.</summary>
    private static (T Version, DateOnly At)? Overlapping<T>(IEnumerable<T> versions, Func<T, (DateOnly? From, DateOnly? To)> validity,
        DateOnly from, DateOnly to)
    {
        (T, DateOnly)? best = null;
        foreach (var version in versions)
        {
            var (validFrom, validTo) = validity(version);
            if ((validFrom is null || validFrom <= to) && (validTo is null || validTo > from))
            {
                var at = validTo is { } end && end <= to ? end.AddDays(-1) : to;
                if (best is null || at > best.Value.Item2)
                {
                    best = (version, at);
                }
            }
        }
        return best;
    }
}
