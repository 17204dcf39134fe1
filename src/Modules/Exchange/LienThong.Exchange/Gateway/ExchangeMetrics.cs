using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LienThong.Exchange.Gateway;

/// <summary>Exchanges per service, consumer and outcome, their duration, and the log's group commits (exported at <c>/metrics</c>).</summary>
internal sealed class ExchangeMetrics : IDisposable
{
    public const string MeterName = "LienThong.Exchange";
    private readonly Meter meter;
    private readonly Counter<long> exchanges;
    private readonly Histogram<double> duration;
    private readonly Histogram<double> commit;
    private readonly Histogram<int> batch;

    public ExchangeMetrics(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        exchanges = meter.CreateCounter<long>("lienthong.exchange.requests", description: "Exchanges through the gateway");
        duration = meter.CreateHistogram<double>("lienthong.exchange.duration", unit: "ms", description: "Time from request to logged response");
        commit = meter.CreateHistogram<double>("lienthong.exchange.log.commit", unit: "ms", description: "Time to commit one group of log records");
        batch = meter.CreateHistogram<int>("lienthong.exchange.log.batch", unit: "{record}", description: "Log records committed together");
    }

    public void Record(string service, string consumer, string outcome, int status, double milliseconds)
    {
        var tags = new TagList { { "service", service }, { "consumer", consumer }, { "outcome", outcome }, { "status", status } };
        exchanges.Add(1, tags);
        duration.Record(milliseconds, tags);
    }

    /// <summary>One group commit of the message log.</summary>
    public void Committed(int records, double milliseconds)
    {
        batch.Record(records);
        commit.Record(milliseconds);
    }

    public void Dispose() => meter.Dispose();
}
