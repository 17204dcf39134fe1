using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LienThong.Exchange.Gateway;

/// <summary>Exchanges per service, consumer and outcome, and their duration (exported at <c>/metrics</c>).</summary>
internal sealed class ExchangeMetrics : IDisposable
{
    public const string MeterName = "LienThong.Exchange";
    private readonly Meter meter;
    private readonly Counter<long> exchanges;
    private readonly Histogram<double> duration;

    public ExchangeMetrics(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        exchanges = meter.CreateCounter<long>("lienthong.exchange.requests", description: "Exchanges through the gateway");
        duration = meter.CreateHistogram<double>("lienthong.exchange.duration", unit: "ms", description: "Time from request to logged response");
    }

    public void Record(string service, string consumer, string outcome, int status, double milliseconds)
    {
        var tags = new TagList { { "service", service }, { "consumer", consumer }, { "outcome", outcome }, { "status", status } };
        exchanges.Add(1, tags);
        duration.Record(milliseconds, tags);
    }

    public void Dispose() => meter.Dispose();
}
