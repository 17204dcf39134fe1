namespace LienThong.BuildingBlocks.Auditing;

/// <summary>A filter over the audit log; every part optional. <see cref="Actors"/> restricts to those accounts.</summary>
public sealed record AuditQuery(string? ActionPrefix = null, string? ActorContains = null, AuditOutcome? Outcome = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, IReadOnlyCollection<string>? Actors = null, int Take = 200);
