namespace LienThong.BuildingBlocks.Auditing;

/// <summary>Appends audit events. There is deliberately no way to change or remove one.</summary>
public interface IAuditLog
{
    Task RecordAsync(string actor, string action, AuditOutcome outcome, string? target = null,
        string? source = null, string? details = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEvent>> RecentAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<AuditEvent>> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many events match (<see cref="AuditQuery.Take"/> does not apply).</summary>
    Task<int> CountAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
