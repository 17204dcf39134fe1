using LienThong.Indicators.Domain;
using LienThong.Indicators.Persistence;
using LienThong.PublicServices.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LienThong.Indicators.ServiceQuality;

/// <summary>
/// Projects the dossier events into <see cref="DossierFact"/> rows and the <see cref="DossierDay"/> counters, in batches, with
/// the feed's position saved in the same transaction (a batch is applied once or not at all). Each fact counts once: a
/// second receipt or return of the same dossier does not count again.
/// </summary>
internal sealed class DossierProjection(IndicatorsDbContext db, TimeProvider time, FeedGaps gaps)
{
    public const string Feed = "public-services/dossier-events";

    /// <summary>Reads on from the saved position and applies what it read, up to <paramref name="batches"/> batches; returns the number of events applied.</summary>
    public async Task<int> CatchUpAsync(IDossierEventFeed feed, int batch, CancellationToken cancellationToken, int batches = int.MaxValue)
    {
        var applied = 0;
        for (var read = 0; read < batches; read++)
        {
            var position = await Feeds.PositionAsync(db, Feed, cancellationToken);
            var events = gaps.Settled(Feed, await feed.ReadAsync(position, batch, cancellationToken), position, e => e.Sequence, time.GetUtcNow());
            if (events.Count == 0)
            {
                return applied;
            }
            await ApplyAsync(events, cancellationToken, fromFeed: true);
            applied += events.Count;
        }
        return applied;
    }

    /// <summary>
    /// Applies a batch in order in one transaction; read from the feed, its last sequence becomes the saved position (events
    /// from elsewhere, a benchmark's or a test's fixture, leave the position alone).
    /// </summary>
    public async Task ApplyAsync(IReadOnlyList<DossierEventDto> events, CancellationToken cancellationToken, bool fromFeed = false)
    {
        if (events.Count == 0)
        {
            return;
        }
        var ids = events.Select(e => e.DossierId).Distinct().ToList();
        var facts = await db.Facts.Where(f => ids.Contains(f.DossierId)).ToDictionaryAsync(f => f.DossierId, cancellationToken);
        var deltas = new Dictionary<(DateOnly, string, string), DossierDay>();
        DossierDay Delta(DossierFact fact, DateOnly day)
        {
            var key = (day, fact.UnitCode ?? "", fact.Agency ?? "");
            if (!deltas.TryGetValue(key, out var delta))
            {
                deltas[key] = delta = new DossierDay { Day = day, UnitCode = key.Item2, Agency = key.Item3 };
            }
            return delta;
        }
        foreach (var e in events)
        {
            if (!facts.TryGetValue(e.DossierId, out var fact))
            {
                fact = facts[e.DossierId] = new DossierFact { DossierId = e.DossierId, ProcedureCode = e.ProcedureCode };
                db.Facts.Add(fact);
            }
            fact.DossierCode ??= e.DossierCode;
            Apply(fact, e, Delta);
        }
        var days = deltas.Keys.Select(k => k.Item1).Distinct().ToList();
        var units = deltas.Keys.Select(k => k.Item2).Distinct().ToList();
        var existing = (await db.Days.Where(d => days.Contains(d.Day) && units.Contains(d.UnitCode)).ToListAsync(cancellationToken))
            .ToDictionary(d => (d.Day, d.UnitCode, d.Agency));
        foreach (var (key, delta) in deltas)
        {
            if (existing.TryGetValue(key, out var row))
            {
                Add(row, delta);
            }
            else
            {
                db.Days.Add(delta);
            }
        }
        await RecordCodesAsync(deltas.Values, cancellationToken);
        if (fromFeed)
        {
            await Feeds.AdvanceAsync(db, Feed, events[^1].Sequence, time.GetUtcNow(), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Widens the day range of each unit and agency code that got counters in this batch.</summary>
    private async Task RecordCodesAsync(IEnumerable<DossierDay> deltas, CancellationToken cancellationToken)
    {
        var ranges = deltas.SelectMany(d => new[] { ("unit", d.UnitCode, d.Day), ("agency", d.Agency, d.Day) })
            .GroupBy(r => (r.Item1, r.Item2)).ToDictionary(g => g.Key, g => (First: g.Min(r => r.Day), Last: g.Max(r => r.Day)));
        var codes = ranges.Keys.Select(k => k.Item2).Distinct().ToList();
        var known = (await db.RecordedCodes.Where(c => codes.Contains(c.Code)).ToListAsync(cancellationToken)).ToDictionary(c => (c.Kind, c.Code));
        foreach (var (key, range) in ranges)
        {
            if (!known.TryGetValue(key, out var code))
            {
                db.RecordedCodes.Add(new RecordedCode { Kind = key.Item1, Code = key.Item2, FirstDay = range.First, LastDay = range.Last });
                continue;
            }
            (code.FirstDay, code.LastDay) = (range.First < code.FirstDay ? range.First : code.FirstDay, range.Last > code.LastDay ? range.Last : code.LastDay);
        }
    }

    private static void Apply(DossierFact fact, DossierEventDto e, Func<DossierFact, DateOnly, DossierDay> delta)
    {
        var day = Feeds.Day(e.At);
        var received = fact.ReceivedOn is not null;
        switch (e.Kind)
        {
            case DossierEventKinds.Received when !received && e.Unit is not null && e.Agency is not null:
                (fact.ReceivedOn, fact.ReceivedAt, fact.Agency, fact.UnitCode) = (day, e.At.ToUniversalTime(), e.Agency, e.Unit);
                // Fees known at receipt, or paid online before the receipt was seen.
                (fact.Online, fact.FeeDue) = (e.Channel is null or "online", e.FeeDue == true || fact.PaidOnlineOn is not null);
                var counted = delta(fact, day);
                counted.Received++;
                counted.Online += fact.Online ? 1 : 0;
                counted.FeeDue += fact.FeeDue ? 1 : 0;
                counted.PaidOnline += fact.FeeDue && fact.PaidOnlineOn is not null ? 1 : 0;
                counted.Digitised += fact.Digitised ? 1 : 0;
                counted.Reused += fact.Reused ? 1 : 0;
                break;
            case DossierEventKinds.Digitised when !fact.Digitised:
                fact.Digitised = true;
                if (received)
                {
                    delta(fact, fact.ReceivedOn!.Value).Digitised++;
                }
                break;
            case DossierEventKinds.Reused or DossierEventKinds.Fetched or DossierEventKinds.Prefilled when !fact.Reused:
                fact.Reused = true;
                if (received)
                {
                    delta(fact, fact.ReceivedOn!.Value).Reused++;
                }
                break;
            case DossierEventKinds.ResultIssued:
                fact.ResultIssued = true;
                break;
            case DossierEventKinds.PaidOnline when fact.PaidOnlineOn is null:
                // Counted on the day of receipt, among the dossiers received with fees to pay.
                fact.PaidOnlineOn = day;
                if (received)
                {
                    var onReceipt = delta(fact, fact.ReceivedOn!.Value);
                    if (!fact.FeeDue)
                    {
                        // Fees fixed after receipt (the land-transfer taxes come with the tax notice): due from then on.
                        fact.FeeDue = true;
                        onReceipt.FeeDue++;
                    }
                    onReceipt.PaidOnline++;
                }
                break;
            case DossierEventKinds.Returned when received && fact.ReturnedOn is null:
                (fact.ReturnedOn, fact.OnTime) = (day, e.OnTime ?? true);
                fact.HandlingDays = Math.Round(Math.Max(0, (e.At - fact.ReceivedAt!.Value).TotalDays), 4);
                var returned = delta(fact, day);
                returned.Returned++;
                returned.ReturnedOnTime += fact.OnTime == true ? 1 : 0;
                returned.ReturnedElectronic += fact.ResultIssued ? 1 : 0;
                returned.HandlingDays += fact.HandlingDays.Value;
                break;
            case DossierEventKinds.Rated when received && fact.RatedOn is null && e.Score is >= 1 and <= 5:
                (fact.RatedOn, fact.Score) = (day, e.Score);
                var rated = delta(fact, day);
                rated.Rated++;
                rated.Satisfied += e.Score >= 4 ? 1 : 0;
                rated.ScoreSum += e.Score.Value;
                break;
        }
    }

    private static void Add(DossierDay row, DossierDay delta)
    {
        row.Received += delta.Received;
        row.Online += delta.Online;
        row.Digitised += delta.Digitised;
        row.Reused += delta.Reused;
        row.Returned += delta.Returned;
        row.ReturnedOnTime += delta.ReturnedOnTime;
        row.ReturnedElectronic += delta.ReturnedElectronic;
        row.HandlingDays += delta.HandlingDays;
        row.FeeDue += delta.FeeDue;
        row.PaidOnline += delta.PaidOnline;
        row.Rated += delta.Rated;
        row.Satisfied += delta.Satisfied;
        row.ScoreSum += delta.ScoreSum;
    }
}

/// <summary>
/// Keeps the projections current: every <c>Indicators:ProjectionSeconds</c> (5 by default) it reads the dossier and document
/// events that arrived since the last time. A failed batch is rolled back and read again at the next tick.
/// </summary>
internal sealed class ProjectionService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time,
    ILogger<ProjectionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Indicators:ProjectionSeconds", 5.0), 0.2, 3600));
        using var timer = new PeriodicTimer(period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<Projections>().RefreshAsync(stoppingToken, batches: int.MaxValue);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Indicator projection of events failed; read again at the next tick.");
            }
        }
    }
}
