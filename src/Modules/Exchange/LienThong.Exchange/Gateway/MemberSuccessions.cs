using System.Collections.Concurrent;
using LienThong.BuildingBlocks.Time;
using LienThong.Registry.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Exchange.Gateway;

/// <summary>
/// Members follow agency successions (the registry's): a merged agency's services answer under its successor's identifier,
/// and a ceased member's identifier points to its successor. Looked up per member code, remembered for ten minutes.
/// </summary>
internal sealed class MemberSuccessions(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (Links Links, DateTimeOffset At)> known = new(StringComparer.Ordinal);

    /// <param name="Predecessors">Agencies fully merged into this one (their services now answer under it).</param>
    /// <param name="Successor">The agency this one was fully merged into, when it has ceased.</param>
    public sealed record Links(IReadOnlyList<string> Predecessors, string? Successor);

    public async Task<Links> OfAsync(string memberCode, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(memberCode, out var cached) && time.GetUtcNow() - cached.At < MaxAge)
        {
            return cached.Links;
        }
        await using var scope = scopes.CreateAsyncScope();
        var history = await scope.ServiceProvider.GetRequiredService<IRegistryDirectory>().AgencyHistoryAsync(memberCode, cancellationToken);
        var today = VietnamTime.Today(time);
        var links = new Links(
            [.. history.SelectMany(h => h.Predecessors).Where(p => p.Kind == "full" && p.Code is not null && p.Code != memberCode && p.EffectiveDate <= today)
                .Select(p => p.Code!).Distinct()],
            history.SelectMany(h => h.Successors)
                .Where(s => s.Kind == "full" && s.Code is not null && s.Code != memberCode && s.EffectiveDate <= today)
                .OrderByDescending(s => s.EffectiveDate).Select(s => s.Code).FirstOrDefault());
        known[memberCode] = (links, time.GetUtcNow());
        return links;
    }
}
