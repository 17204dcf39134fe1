namespace LienThong.Exchange;

/// <summary>The <c>Exchange</c> configuration section.</summary>
public sealed class ExchangeOptions
{
    public const string Section = "Exchange";

    /// <summary>This exchange's instance code: the first part of every identifier.</summary>
    public string Instance { get; set; } = "VN-QNA";

    /// <summary>Where modules inside the host reach the gateway (this host's own address).</summary>
    public Uri GatewayUrl { get; set; } = new("http://localhost:5080");

    /// <summary>The agency whose seal signs the message log's checkpoints (the LGSP operator, Sở TT&amp;TT).</summary>
    public string OperatorAgency { get; set; } = "000.00.01.H47";

    /// <summary>Largest request body forwarded; bigger ones get 413 before they are read whole.</summary>
    public long MaxRequestBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How long the gateway waits for a provider with no data moving before it answers 504.</summary>
    public TimeSpan ProviderTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A checkpoint is signed after this many new records…</summary>
    public int CheckpointEveryRecords { get; set; } = 10_000;

    /// <summary>…or this long after the last one, whichever comes first (when there are new records).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether this host delivers stored messages (store-and-forward); several hosts may.</summary>
    public bool DeliveryEnabled { get; set; } = true;

    /// <summary>After this many failed attempts a message goes to the dead letters (an operator can retry it).</summary>
    public int MaxDeliveryAttempts { get; set; } = 10;

    /// <summary>The first retry delay; each next one doubles, up to ten minutes.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
