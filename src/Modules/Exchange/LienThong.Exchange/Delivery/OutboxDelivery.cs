using LienThong.Exchange.Contracts;
using LienThong.Exchange.Gateway;
using LienThong.Exchange.MessageLog;
using LienThong.Exchange.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LienThong.Exchange.Delivery;

/// <summary>
/// Delivers stored messages at least once: claims due ones (a lease, so several hosts can share the table), sends them
/// with the gateway's signature and the message id the receiver de-duplicates on, marks them delivered on 2xx, otherwise
/// retries with doubling delays and, after <see cref="ExchangeOptions.MaxDeliveryAttempts"/>, moves them to the dead
/// letters. The exchange's one record in the message log is written when it is delivered (or dead), under its message id.
/// </summary>
internal sealed class OutboxDelivery(IServiceScopeFactory scopes, GatewayHttpClient client, ProviderKey providerKey, MessageLogWriter log,
    IOptions<ExchangeOptions> options, TimeProvider time, ILogger<OutboxDelivery> logger) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DeliveryEnabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    while (await DeliverDueAsync(stoppingToken) > 0)
                    {
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Delivery round failed; retrying.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a message being sent keeps its lease, and another host (or the next start) sends it when it ends.
        }
    }

    /// <summary>Delivers what is due now; returns how many messages it handled.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ExchangeDbContext>();
        var now = time.GetUtcNow();
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.State == OutboxMessage.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(20).ToListAsync(cancellationToken);
        var handled = 0;
        foreach (var id in due)
        {
            // The lease: only one host takes a message; a host that dies leaves it to the others when the lease ends.
            var claimed = await db.Outbox.Where(m => m.Id == id && m.State == OutboxMessage.Pending && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, now + Lease), cancellationToken);
            if (claimed == 1)
            {
                await DeliverAsync(db, id, cancellationToken);
                handled++;
            }
        }
        return handled;
    }

    private async Task DeliverAsync(ExchangeDbContext db, string id, CancellationToken cancellationToken)
    {
        var message = await db.Outbox.SingleAsync(m => m.Id == id, cancellationToken);
        var started = time.GetTimestamp();
        var target = new Uri(message.ProviderUrl.TrimEnd('/') + message.Path);
        using var request = new HttpRequestMessage(new HttpMethod(message.Method), target) { Content = new ByteArrayContent(message.Body) };
        if (message.ContentType is { } contentType)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        request.Headers.TryAddWithoutValidation(ExchangeHeaders.MessageId, message.Id);
        request.Headers.TryAddWithoutValidation(ExchangeHeaders.Consumer, message.Consumer);
        request.Headers.TryAddWithoutValidation(ExchangeHeaders.GatewaySignature,
            ProviderAuthentication.Sign(providerKey.Value, message.Id, message.Consumer, message.Method, target.PathAndQuery));
        foreach (var (name, value) in new[] { (ExchangeHeaders.Purpose, message.Purpose), (ExchangeHeaders.Case, message.Case), (ExchangeHeaders.User, message.User) })
        {
            if (value is not null)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }
        int status;
        string? error = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.ProviderTimeout);
            using var response = await client.Invoker.SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                // The start of the provider's problem detail tells the operator why (RFC 9457 bodies carry no secrets).
                var detail = await StartOfAsync(response, timeout.Token);
                error = detail.Length == 0 ? $"HTTP {status}" : $"HTTP {status}: {detail}";
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            (status, error) = (0, e.Message);
        }
        message.Attempts++;
        message.LockedUntil = null;
        string outcome;
        if (error is null)
        {
            (message.State, message.DeliveredAt, message.LastError, outcome) = (OutboxMessage.Delivered, time.GetUtcNow(), null, "delivered");
        }
        else if (message.Attempts >= options.Value.MaxDeliveryAttempts)
        {
            (message.State, message.LastError, outcome) = (OutboxMessage.Dead, error, "dead-letter");
        }
        else
        {
            var delay = options.Value.FirstRetryDelay * Math.Pow(2, message.Attempts - 1);
            (message.NextAttemptAt, message.LastError, outcome) =
                (time.GetUtcNow() + (delay > TimeSpan.FromMinutes(10) ? TimeSpan.FromMinutes(10) : delay), error, "retry");
        }
        // The log record first: a message marked delivered always has its record (a crash in between means one more
        // delivery, which the receiver de-duplicates, logged as the exchange it is).
        if (outcome != "retry")
        {
            await log.AppendAsync(new LogRecord
            {
                MessageId = message.Id,
                OccurredAt = time.GetUtcNow(), Consumer = message.Consumer, Service = message.Service, Method = message.Method, Path = message.Path,
                Purpose = message.Purpose, Case = message.Case, User = message.User, SubjectKey = message.SubjectKey, SubjectSealed = message.SubjectSealed,
                RequestDigest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(message.Body)), Status = status, Outcome = outcome,
                RequestBytes = message.Body.Length, DurationMs = Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 3),
            }, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>At most the first 300 characters of a response body (1 KB read), or nothing when it cannot be read.</summary>
    private static async Task<string> StartOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[1024];
            var read = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            var text = System.Text.Encoding.UTF8.GetString(buffer, 0, read);
            return text.Length > 300 ? text[..300] : text;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return "";
        }
    }
}
