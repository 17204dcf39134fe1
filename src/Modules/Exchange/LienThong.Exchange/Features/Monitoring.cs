using LienThong.Exchange.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Exchange.Features;

/// <summary>Traffic per service and consumer over a period, from the message log: counts, denials, errors, latency percentiles.</summary>
internal sealed class Monitoring(ExchangeDbContext db)
{
    public sealed record Row(string Service, string Consumer, int Exchanges, int Denied, int Errors, double P50, double P95, double P99);

    public async Task<IReadOnlyList<Row>> SinceAsync(DateTimeOffset since, CancellationToken ct = default)
    {
        var records = await db.LogRecords.AsNoTracking().Where(r => r.OccurredAt >= since)
            .Select(r => new { r.Service, r.Consumer, r.Outcome, r.Status, r.DurationMs }).ToListAsync(ct);
        return [.. records.GroupBy(r => (r.Service, r.Consumer)).OrderBy(g => g.Key.Service).ThenBy(g => g.Key.Consumer).Select(g =>
        {
            var durations = g.Where(r => r.Outcome == "forwarded").Select(r => r.DurationMs).Order().ToArray();
            return new Row(g.Key.Service, g.Key.Consumer, g.Count(), g.Count(r => r.Outcome is "denied" or "rejected"),
                g.Count(r => r.Outcome is "provider-error" or "timeout" || r.Status >= 500), Percentile(durations, 0.50),
                Percentile(durations, 0.95), Percentile(durations, 0.99));
        })];
    }

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
