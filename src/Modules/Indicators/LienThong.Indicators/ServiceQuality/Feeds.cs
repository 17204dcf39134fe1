using LienThong.BuildingBlocks.Time;
using LienThong.Indicators.Domain;
using LienThong.Indicators.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Indicators.ServiceQuality;

/// <summary>Where a projection stands in another module's event feed (which events are safe to apply: <see cref="FeedGaps"/>).</summary>
internal static class Feeds
{
    public static async Task<long> PositionAsync(IndicatorsDbContext db, string feed, CancellationToken cancellationToken) =>
        (await db.Cursors.AsNoTracking().SingleOrDefaultAsync(c => c.Feed == feed, cancellationToken))?.Position ?? 0;

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
