namespace LienThong.Exchange.Delivery;

/// <summary>
/// A message a consumer handed to the gateway for later delivery (store-and-forward): kept in the database until the
/// provider acknowledges it (2xx), retried with growing delays, moved to the dead letters after too many failures.
/// </summary>
internal sealed class OutboxMessage
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Dead = "dead";

    /// <summary>The message id: the receiver's idempotency key.</summary>
    public string Id { get; set; } = "";

    public string Consumer { get; set; } = "";

    public string Service { get; set; } = "";

    public string ProviderUrl { get; set; } = "";

    public string Method { get; set; } = "";

    public string Path { get; set; } = "";

    public string? Purpose { get; set; }

    public string? Case { get; set; }

    public string? User { get; set; }

    public string? SubjectKey { get; set; }

    public string? SubjectSealed { get; set; }

    public string? ContentType { get; set; }

    public byte[] Body { get; set; } = [];

    public string State { get; set; } = Pending;

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A host delivering it holds it until then (several hosts share the table).</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }
}
