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
}
