using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace LienThong.Indicators.ServiceQuality;

/// <summary>
/// The gaps this host has seen in the feeds it reads (one instance per host), and which events are safe to apply. On
/// PostgreSQL a transaction can commit after a later one, so a missing number stops the batch there until it has stayed
/// missing for the commit window (<c>Indicators:CommitWindowSeconds</c>, 60 by default) as this reader saw it; then it is
/// taken for a rolled-back transaction, logged, and passed. A gap that fills is forgotten.
/// </summary>
internal sealed class FeedGaps(IConfiguration configuration, ILogger<FeedGaps> logger)
{
    private readonly ConcurrentDictionary<(string Feed, long Missing), DateTimeOffset> seen = new();

    public List<T> Settled<T>(string feed, IReadOnlyList<T> events, long after, Func<T, long> sequence, DateTimeOffset now)
    {
        var window = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Indicators:CommitWindowSeconds", 60.0), 0, 3600));
        foreach (var key in seen.Keys.Where(k => k.Feed == feed && k.Missing <= after))
        {
            seen.TryRemove(key, out _);
        }
        var settled = new List<T>(events.Count);
        var expected = after + 1;
        foreach (var e in events)
        {
            if (sequence(e) != expected)
            {
                var first = seen.GetOrAdd((feed, expected), now);
                if (now - first < window)
                {
                    break;
                }
                logger.LogWarning("Feed {Feed}: events {From}–{To} never appeared in {Window}; passed as rolled back.", feed, expected, sequence(e) - 1, window);
            }
            seen.TryRemove((feed, expected), out _);
            settled.Add(e);
            expected = sequence(e) + 1;
        }
        return settled;
    }
}
