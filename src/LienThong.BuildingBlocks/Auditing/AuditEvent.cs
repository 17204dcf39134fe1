namespace LienThong.BuildingBlocks.Auditing;

/// <summary>
/// One append-only audit record: who did what, when, from where, with which outcome. Rows are never
/// updated or deleted; the database refuses it (triggers in the audit migrations).
/// Never put a full personal identification number or a secret in any field.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The account, client or process that acted ("cli", "system", a user name).</summary>
    public string Actor { get; private set; } = "";

    /// <summary>Event name from docs/audit-events.md, e.g. <c>registry.units.imported</c>.</summary>
    public string Action { get; private set; } = "";

    public string? Target { get; private set; }

    /// <summary>Remote address for HTTP, host name for the command line.</summary>
    public string? Source { get; private set; }

    public AuditOutcome Outcome { get; private set; }

    public string? Details { get; private set; }

    private AuditEvent()
    {
    }

    public static AuditEvent Record(DateTimeOffset at, string actor, string action, AuditOutcome outcome,
        string? target = null, string? source = null, string? details = null) => new()
        {
            OccurredAt = at,
            Actor = actor,
            Action = action,
            Outcome = outcome,
            Target = target,
            Source = source,
            Details = details,
        };
}
