using Microsoft.EntityFrameworkCore;

namespace LienThong.BuildingBlocks.Auditing;

internal sealed class AuditLog(AuditDbContext db, TimeProvider time) : IAuditLog
{
    public async Task RecordAsync(string actor, string action, AuditOutcome outcome, string? target = null,
        string? source = null, string? details = null, CancellationToken cancellationToken = default)
    {
        db.Events.Add(AuditEvent.Record(time.GetUtcNow(), actor, action, outcome, target, source, details));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEvent>> RecentAsync(int count, CancellationToken cancellationToken = default) =>
        await db.Events.AsNoTracking().OrderByDescending(e => e.Id).Take(count).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<AuditEvent>> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        // Ids grow with time; ordering by them avoids comparing instants on SQLite.
        await Matching(query).OrderByDescending(e => e.Id).Take(Math.Clamp(query.Take, 1, 1000)).ToListAsync(cancellationToken);

    public Task<int> CountAsync(AuditQuery query, CancellationToken cancellationToken = default) => Matching(query).CountAsync(cancellationToken);

    private IQueryable<AuditEvent> Matching(AuditQuery query)
    {
        var events = db.Events.AsNoTracking();
        if (query.ActionPrefix is { } prefix)
        {
            events = events.Where(e => e.Action.StartsWith(prefix));
        }
        if (!string.IsNullOrWhiteSpace(query.ActorContains))
        {
            events = events.Where(e => e.Actor.Contains(query.ActorContains));
        }
        if (query.Outcome is { } outcome)
        {
            events = events.Where(e => e.Outcome == outcome);
        }
        if (query.From is { } from)
        {
            events = events.Where(e => e.OccurredAt >= from);
        }
        if (query.To is { } to)
        {
            events = events.Where(e => e.OccurredAt < to);
        }
        if (query.Actors is { } actors)
        {
            events = events.Where(e => actors.Contains(e.Actor));
        }
        return events;
    }
}
