using LienThong.Exchange.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Exchange.Features;

/// <summary>
/// Traffic per service and consumer over a period, from the message log: counts, denials and errors counted by the
/// database; latency percentiles from the most recent forwarded exchanges of each pair (at most <see cref="Sample"/>).
/// </summary>
internal sealed class Monitoring(ExchangeDbContext db) : LienThong.Exchange.Contracts.IExchangeTraffic
{
    public const int Sample = 10_000;

    public sealed record Row(string Service, string Consumer, int Exchanges, int Denied, int Errors, double P50, double P95, double P99);

    public async Task<IReadOnlyList<Row>> SinceAsync(DateTimeOffset since, CancellationToken ct = default)
    {
        var period = db.LogRecords.AsNoTracking().Where(r => r.OccurredAt >= since);
        var counts = await period.GroupBy(r => new { r.Service, r.Consumer }).Select(g => new
        {
            g.Key.Service,
            g.Key.Consumer,
            Exchanges = g.Count(),
            Denied = g.Count(r => r.Outcome == "denied" || r.Outcome == "rejected"),
            Errors = g.Count(r => r.Outcome == "provider-error" || r.Outcome == "timeout" || r.Status >= 500),
        }).ToListAsync(ct);
        var rows = new List<Row>(counts.Count);
        foreach (var c in counts.OrderBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Consumer, StringComparer.Ordinal))
        {
            var durations = (await period.Where(r => r.Service == c.Service && r.Consumer == c.Consumer && r.Outcome == "forwarded")
                .OrderByDescending(r => r.Sequence).Take(Sample).Select(r => r.DurationMs).ToListAsync(ct)).Order().ToArray();
            rows.Add(new Row(c.Service, c.Consumer, c.Exchanges, c.Denied, c.Errors, Percentile(durations, 0.50), Percentile(durations, 0.95),
                Percentile(durations, 0.99)));
        }
        return rows;
    }

    public async Task<LienThong.Exchange.Contracts.TrafficSummary> BetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var period = db.LogRecords.AsNoTracking().Where(r => r.OccurredAt >= from && r.OccurredAt < to);
        var byService = await period.GroupBy(r => new { r.Service, r.Outcome }).Select(g => new { g.Key.Service, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Of(params string[] outcomes) => byService.Where(s => outcomes.Contains(s.Outcome)).Sum(s => s.Count);
        return new(from, to, byService.Sum(s => s.Count), Of("forwarded"), Of("denied", "rejected"), Of("provider-error", "timeout"),
            [.. byService.GroupBy(s => s.Service).Select(g => new LienThong.Exchange.Contracts.ServiceTraffic(g.Key, g.Sum(s => s.Count)))
                .OrderByDescending(s => s.Exchanges).ThenBy(s => s.Service, StringComparer.Ordinal)]);
    }

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
