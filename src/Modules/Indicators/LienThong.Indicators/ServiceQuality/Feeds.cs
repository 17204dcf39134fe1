using System.Collections.Concurrent;
using LienThong.BuildingBlocks.Time;
using LienThong.Indicators.Domain;
using LienThong.Indicators.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace LienThong.Indicators.ServiceQuality;

/// <summary>Reading another module's event feed in order: where the projection stands, and which events are safe to apply.</summary>
internal static class Feeds
{
    /// <summary>When this process first saw each gap (feed and missing number): the wait is measured by the reader, not by event times.</summary>
    private static readonly ConcurrentDictionary<(string Feed, long Missing), DateTimeOffset> Gaps = new();

    public static async Task<long> PositionAsync(IndicatorsDbContext db, string feed, CancellationToken cancellationToken) =>
        (await db.Cursors.AsNoTracking().SingleOrDefaultAsync(c => c.Feed == feed, cancellationToken))?.Position ?? 0;

    /// <summary>
    /// The events up to the first gap in the sequence that may still fill. On PostgreSQL a transaction can commit after a
    /// later one, so a missing number stops the batch there until it has stayed missing for the commit window
    /// (<c>Indicators:CommitWindowSeconds</c>, 60 by default) as this reader saw it; then it is taken for a rolled-back
    /// transaction, logged, and passed.
    /// </summary>
    public static List<T> Settled<T>(string feed, IReadOnlyList<T> events, long after, Func<T, long> sequence, DateTimeOffset now,
        IConfiguration configuration, ILogger logger)
    {
        var window = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Indicators:CommitWindowSeconds", 60.0), 0, 3600));
        var settled = new List<T>(events.Count);
        var expected = after + 1;
        foreach (var e in events)
        {
            if (sequence(e) != expected)
            {
                var seen = Gaps.GetOrAdd((feed, expected), now);
                if (now - seen < window)
                {
                    break;
                }
                logger.LogWarning("Feed {Feed}: events {From}–{To} never appeared in {Window}; passed as rolled back.", feed, expected, sequence(e) - 1, window);
                Gaps.TryRemove((feed, expected), out _);
            }
            settled.Add(e);
            expected = sequence(e) + 1;
        }
        return settled;
    }

    /// <summary>Moves the feed's position in the unit of work (the position is a concurrency token: two readers never both apply a batch).</summary>
    public static async Task AdvanceAsync(IndicatorsDbContext db, string feed, long position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cursor = await db.Cursors.SingleOrDefaultAsync(c => c.Feed == feed, cancellationToken);
        if (cursor is null)
        {
            db.Cursors.Add(cursor = new FeedCursor { Feed = feed });
        }
        (cursor.Position, cursor.UpdatedAt) = (position, now);
    }

    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(VietnamTime.ToVietnam(at).DateTime);
}
