namespace LienThong.Registry.Contracts;

/// <summary>Following an agency through the registry's successions (ADR 0004).</summary>
public static class AgencySuccession
{
    private const int MaxHops = 5;

    /// <summary>The agency in force on <paramref name="day"/> that <paramref name="electronicId"/> is or became (full successions only), or null.</summary>
    public static async Task<AgencyDetailDto?> InForceAsync(this IRegistryDirectory registry, string electronicId, DateOnly day,
        CancellationToken cancellationToken = default)
    {
        var current = electronicId;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            if (await registry.FindAgencyAsync(current, day, cancellationToken) is { } found)
            {
                return found;
            }
            var next = (await registry.AgencyHistoryAsync(current, cancellationToken)).SelectMany(h => h.Successors)
                .Where(s => s.Kind == "full" && s.Code is not null && s.EffectiveDate <= day)
                .OrderByDescending(s => s.EffectiveDate).Select(s => s.Code).FirstOrDefault();
            if (next is null)
            {
                return null;
            }
            current = next;
        }
        return null;
    }
}
