namespace LienThong.Exchange.Contracts;

/// <summary>Exchanges through the gateway over a period, from the message log (for the indicators' dashboards).</summary>
public interface IExchangeTraffic
{
    /// <summary>Exchanges logged from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    Task<TrafficSummary> BetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}

/// <param name="Denied">Refused by the gateway (no grant, bad signature, rejected).</param>
/// <param name="Errors">The provider failed or timed out.</param>
public sealed record TrafficSummary(DateTimeOffset From, DateTimeOffset To, int Exchanges, int Forwarded, int Denied, int Errors,
    IReadOnlyList<ServiceTraffic> ByService);

public sealed record ServiceTraffic(string Service, int Exchanges);
