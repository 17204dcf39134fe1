using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using LienThong.BuildingBlocks.Problems;
using LienThong.Exchange.Contracts;
using LienThong.Exchange.MessageLog;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace LienThong.Exchange.Gateway;

/// <summary>
/// <c>{METHOD} /x/{INSTANCE}/{CLASS}/{MEMBER}/{SUBSYSTEM}/{SERVICE}/{path…}</c>: authenticate the consumer subsystem,
/// check the access right and the purpose, forward to the provider with YARP (streaming, timeout, size limit), record
/// the exchange in the hash-chained log before the response completes, and answer with the message id and request hash.
/// </summary>
internal sealed class GatewayEndpoint(IHttpForwarder forwarder, GatewayHttpClient client, ExchangeDirectory directory,
    MessageLogWriter log, SubjectProtector subjects, ExchangeMetrics metrics, IOptions<ExchangeOptions> options, TimeProvider time,
    ProviderKey providerKey, MemberSuccessions successions, Microsoft.Extensions.DependencyInjection.IServiceScopeFactory scopes,
    ILogger<GatewayEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context, string instance, string memberClass, string member, string subsystem, string service,
        string? path)
    {
        var started = Stopwatch.GetTimestamp();
        var at = LogRecord.Stored(time.GetUtcNow());
        var request = context.Request;
        var consumer = context.User.FindFirstValue("subsystem");
        var serviceId = $"{instance}/{memberClass}/{member}/{subsystem}/{service}";
        var providerPath = "/" + (path ?? "");
        var messageId = request.Headers[ExchangeHeaders.MessageId].ToString() is { Length: > 0 } given ? given : Guid.NewGuid().ToString();
        context.Response.Headers[ExchangeHeaders.MessageId] = messageId;

        if (consumer is null || !context.User.FindAll("scope").Any(s => s.Value.Split(' ').Contains("lgsp")))
        {
            await WriteAsync(context, ExchangeProblems.NotASubsystem, "Dùng access token client-credentials của hệ thống (phạm vi lgsp).");
            return;
        }
        if (Invalid(request, messageId, providerPath) is { } invalid)
        {
            await WriteAsync(context, ExchangeProblems.InvalidRequest, invalid);
            return;
        }
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var links = await successions.OfAsync(member, context.RequestAborted);
        if (!snapshot.Services.TryGetValue(serviceId, out var target))
        {
            // A merged agency's service keeps working under its successor's identifier.
            target = links.Predecessors.Select(p => $"{instance}/{memberClass}/{p}/{subsystem}/{service}")
                .Select(id => snapshot.Services.GetValueOrDefault(id)).FirstOrDefault(s => s is not null);
        }
        if (target is null)
        {
            var moved = links.Successor is { } successor ? $"{instance}/{memberClass}/{successor}/{subsystem}/{service}" : null;
            await WriteAsync(context, ExchangeProblems.UnknownService, moved is null
                ? $"Không có dịch vụ {serviceId}."
                : $"Không có dịch vụ {serviceId}; cơ quan {member} đã hợp nhất vào {links.Successor}: gọi {moved}.",
                moved is null ? null : new Dictionary<string, object?> { ["successor"] = moved });
            return;
        }
        if (links.Successor is { } next)
        {
            // The old identifier still answers, and points to the new one.
            context.Response.Headers[SuccessorHeader] = $"{instance}/{memberClass}/{next}/{subsystem}/{service}";
        }
        var purpose = Header(request, ExchangeHeaders.Purpose);
        var record = new LogRecord
        {
            MessageId = messageId,
            OccurredAt = at,
            Consumer = consumer,
            Service = serviceId,
            Method = request.Method,
            Path = providerPath,
            Purpose = purpose,
            Case = Header(request, ExchangeHeaders.Case),
            User = Header(request, ExchangeHeaders.User),
        };
        if (Header(request, ExchangeHeaders.Subject) is { } subject)
        {
            (record.SubjectKey, record.SubjectSealed) = (subjects.KeyOf(subject), subjects.Seal(subject));
        }
        using var requestHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        requestHash.AppendData(Encoding.UTF8.GetBytes(string.Join('\n', request.Method, providerPath + request.QueryString,
            purpose ?? "", record.Case ?? "", record.User ?? "", Header(request, ExchangeHeaders.Subject) ?? "") + "\n"));

        var (refusal, reason) = snapshot.Refusal(consumer, serviceId, target, request.Method, providerPath, purpose, at) is { } refused
            ? (refused.Type, refused.Detail) : ((ProblemType?)null, (string?)null);
        if (refusal is null && request.ContentLength > options.Value.MaxRequestBytes)
        {
            (refusal, reason) = (ExchangeProblems.PayloadTooLarge, $"{request.ContentLength} byte vượt giới hạn {options.Value.MaxRequestBytes} byte.");
        }
        if (refusal is not null)
        {
            if (refusal != ExchangeProblems.PayloadTooLarge)
            {
                await DrainAsync(request);
            }
            await WriteAsync(context, refusal, reason!);
            await FinishAsync(context, record, refusal == ExchangeProblems.PayloadTooLarge ? "rejected" : "denied", requestHash, 0, null, 0, started);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxRequestBytes;
        }
        if (request.Method is "POST" or "PUT" or "PATCH"
            && request.Headers["Prefer"].Any(p => p?.Contains("respond-async", StringComparison.OrdinalIgnoreCase) == true))
        {
            await EnqueueAsync(context, record, target, providerPath + request.QueryString, requestHash, started);
            return;
        }
        var body = new DigestingReadStream(request.Body, requestHash);
        request.Body = body;
        var originalResponse = context.Response.Body;
        var response = new DigestingWriteStream(originalResponse);
        context.Response.Body = response;
        var destination = new Uri(target.ProviderUrl.TrimEnd('/') + providerPath + request.QueryString);
        var transformer = new GatewayTransformer(destination, messageId, consumer, providerKey.Value, () =>
            Convert.ToHexStringLower(requestHash.GetCurrentHash()));
        var error = await forwarder.SendAsync(context, destination.GetLeftPart(UriPartial.Authority), client.Invoker,
            new ForwarderRequestConfig { ActivityTimeout = options.Value.ProviderTimeout }, transformer);
        context.Response.Body = originalResponse;
        var outcome = "forwarded";
        if (error != ForwarderError.None)
        {
            var tooLarge = context.Features.Get<IForwarderErrorFeature>()?.Exception is Microsoft.AspNetCore.Http.BadHttpRequestException
            {
                StatusCode: StatusCodes.Status413PayloadTooLarge,
            };
            var (problem, detail) = tooLarge
                ? (ExchangeProblems.PayloadTooLarge, $"Dữ liệu gửi vượt giới hạn {options.Value.MaxRequestBytes} byte.")
                : error == ForwarderError.RequestTimedOut
                    ? (ExchangeProblems.ProviderTimeout, $"{serviceId} không phản hồi trong {options.Value.ProviderTimeout.TotalSeconds:0} giây.")
                    : (ExchangeProblems.ProviderUnavailable, $"Không kết nối được tới {serviceId} ({error}).");
            outcome = tooLarge ? "rejected" : error == ForwarderError.RequestTimedOut ? "timeout" : "provider-error";
            logger.LogWarning("Exchange {MessageId} to {Service} failed: {Error}", messageId, serviceId, error);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.Headers[ExchangeHeaders.MessageId] = messageId;
                await WriteAsync(context, problem, detail);
            }
        }
        await FinishAsync(context, record, outcome, requestHash, body.Count, response.Digest(), response.Count, started);
    }

    /// <summary>
    /// Store-and-forward (<c>Prefer: respond-async</c>, RFC 7240): the message is stored durably and acknowledged with 202;
    /// delivery follows (<see cref="Delivery.OutboxDelivery"/>). Handing the same message id over again changes nothing.
    /// </summary>
    private async Task EnqueueAsync(HttpContext context, LogRecord record, Domain.DataService target, string path, IncrementalHash requestHash,
        long started)
    {
        using var buffer = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteAsync(context, ExchangeProblems.PayloadTooLarge, $"Dữ liệu gửi vượt giới hạn {options.Value.MaxRequestBytes} byte.");
            await FinishAsync(context, record, "rejected", requestHash, 0, null, 0, started);
            return;
        }
        var body = buffer.ToArray();
        requestHash.AppendData(body);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Persistence.ExchangeDbContext>();
            if (await db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.Id == record.MessageId, context.RequestAborted) is { } existing)
            {
                if (existing.Consumer != record.Consumer)
                {
                    await WriteAsync(context, ExchangeProblems.InvalidRequest, $"{ExchangeHeaders.MessageId} {record.MessageId} đã được dùng.");
                    return;
                }
            }
            else
            {
                db.Outbox.Add(new Delivery.OutboxMessage
                {
                    Id = record.MessageId, Consumer = record.Consumer, Service = record.Service, ProviderUrl = target.ProviderUrl, Method = record.Method,
                    Path = path, Purpose = record.Purpose, Case = record.Case, User = record.User, SubjectKey = record.SubjectKey,
                    SubjectSealed = record.SubjectSealed, ContentType = context.Request.ContentType, Body = body, NextAttemptAt = time.GetUtcNow(),
                    CreatedAt = time.GetUtcNow(),
                });
                await db.SaveChangesAsync(context.RequestAborted);
            }
        }
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        context.Response.Headers.Location = "/x/messages/" + record.MessageId;
        context.Response.Headers[ExchangeHeaders.RequestHash] = Convert.ToHexStringLower(requestHash.GetCurrentHash());
        metrics.Record(record.Service, record.Consumer, "queued", StatusCodes.Status202Accepted, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>Records the exchange (durably) before the response completes; if the log cannot take it, the exchange fails.</summary>
    private async Task FinishAsync(HttpContext context, LogRecord record, string outcome, IncrementalHash requestHash, long requestBytes,
        string? responseDigest, long responseBytes, long started)
    {
        record.Outcome = outcome;
        record.Status = context.Response.StatusCode;
        record.RequestDigest = Convert.ToHexStringLower(requestHash.GetCurrentHash());
        record.ResponseDigest = responseDigest;
        record.RequestBytes = requestBytes;
        record.ResponseBytes = responseBytes;
        record.DurationMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3);
        try
        {
            await log.AppendAsync(record, context.RequestAborted);
        }
        catch (InvalidOperationException e)
        {
            logger.LogError(e, "Exchange {MessageId} not recorded; aborting its response.", record.MessageId);
            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }
            await WriteAsync(context, ExchangeProblems.LogUnavailable, "Nhật ký trao đổi tạm thời không ghi được; yêu cầu không được thực hiện.");
        }
        metrics.Record(record.Service, record.Consumer, outcome, record.Status, record.DurationMs);
    }

    /// <summary>
    /// Reads and drops a refused request's body (up to 1 MB, 2 s), so that the client reads the refusal instead of a reset
    /// connection — a chunked body is still on its way when the answer is already known.
    /// </summary>
    private static async Task DrainAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(request.HttpContext.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        var buffer = new byte[8192];
        long total = 0;
        try
        {
            int read;
            while (total < 1024 * 1024 && (read = await request.Body.ReadAsync(buffer, timeout.Token)) > 0)
            {
                total += read;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            // The client stopped sending or sent too much: the refusal goes out all the same.
        }
    }

    private static string? Header(HttpRequest request, string name) => request.Headers[name].ToString() is { Length: > 0 } value ? value.Trim() : null;

    /// <summary>Header values and the path, checked before anything is looked up or forwarded.</summary>
    private static string? Invalid(HttpRequest request, string messageId, string path) =>
        ExchangeRequestRules.Problem(messageId, Header(request, ExchangeHeaders.Purpose), Header(request, ExchangeHeaders.Case),
            Header(request, ExchangeHeaders.Subject), Header(request, ExchangeHeaders.User),
            request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? path);

    /// <summary>On responses through an identifier whose member has merged into another: the identifier to use now.</summary>
    public const string SuccessorHeader = "LienThong-Successor-Id";

    private static async Task WriteAsync(HttpContext context, ProblemType type, string detail, IDictionary<string, object?>? extensions = null) =>
        await Problems.Of(type, detail, extensions).ExecuteAsync(context);
}

/// <summary>What the gateway changes on the way: the target, no credentials of the consumer, its own identification.</summary>
internal sealed class GatewayTransformer(Uri destination, string messageId, string consumer, byte[] providerKey, Func<string> requestHash)
    : HttpTransformer
{
    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix,
        CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        proxyRequest.RequestUri = destination;
        proxyRequest.Headers.Host = null;
        proxyRequest.Headers.Authorization = null;
        proxyRequest.Headers.Remove("Cookie");
        foreach (var name in new[] { ExchangeHeaders.MessageId, ExchangeHeaders.Consumer, ExchangeHeaders.GatewaySignature })
        {
            proxyRequest.Headers.Remove(name);
        }
        proxyRequest.Headers.TryAddWithoutValidation(ExchangeHeaders.MessageId, messageId);
        proxyRequest.Headers.TryAddWithoutValidation(ExchangeHeaders.Consumer, consumer);
        proxyRequest.Headers.TryAddWithoutValidation(ExchangeHeaders.GatewaySignature,
            ProviderAuthentication.Sign(providerKey, messageId, consumer, proxyRequest.Method.Method, destination.PathAndQuery));
    }

    public override async ValueTask<bool> TransformResponseAsync(HttpContext httpContext, HttpResponseMessage? proxyResponse,
        CancellationToken cancellationToken)
    {
        var proceed = await base.TransformResponseAsync(httpContext, proxyResponse, cancellationToken);
        httpContext.Response.Headers[ExchangeHeaders.MessageId] = messageId;
        httpContext.Response.Headers[ExchangeHeaders.RequestHash] = requestHash();
        return proceed;
    }
}

/// <summary>The one HTTP client the gateway forwards with (no proxy, no redirects, no cookies, no decompression).</summary>
internal sealed class GatewayHttpClient : IDisposable
{
    public HttpMessageInvoker Invoker { get; } = new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        EnableMultipleHttp2Connections = true,
    });

    public void Dispose() => Invoker.Dispose();
}

/// <summary>The key shared with providers (<see cref="ProviderAuthentication"/>).</summary>
internal sealed class ProviderKey(LienThong.BuildingBlocks.Hosting.DataDirectory data)
{
    public byte[] Value { get; } = ProviderAuthentication.LoadKey(data);
}
