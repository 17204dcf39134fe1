namespace LienThong.AgencySystems.Population;

/// <summary>
/// A notification of a change (a birth registered, a death, a move) received through the gateway; the message id is the
/// key, so a message delivered twice takes effect once.
/// </summary>
internal sealed class ReceivedNotification
{
    public string MessageId { get; set; } = "";

    public string Consumer { get; set; } = "";

    public string? Purpose { get; set; }

    public string? Case { get; set; }

    public string Body { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }
}
