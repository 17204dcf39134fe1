using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using LienThong.BuildingBlocks.Hosting;
using LienThong.Exchange;
using LienThong.Exchange.Contracts;
using LienThong.Exchange.MessageLog;
using LienThong.Exchange.Persistence;
using LienThong.Host;
using LienThong.Identity.Clients;
using LienThong.Trust;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Yarp.ReverseProxy.Forwarder;

namespace LienThong.Bench;

/// <summary>
/// The gateway's load scenario (issue 5): the population register as provider, and with one load generator in one run,
/// (a) direct calls, (b) a bare YARP proxy, (c) the gateway with every check and the durable log on SQLite, (d) the same on
/// PostgreSQL (when <c>LIENTHONG_BENCH_POSTGRES</c> or <c>LIENTHONG_TEST_POSTGRES</c> names a server): requests per
/// second and p50/p99, the ratios c/b and d/b, p99 added at half the peak rate; then <c>log verify</c> over 1,000,000 records.
/// Options: <c>--seconds N</c> (per measurement, default 10), <c>--concurrency N</c> (default 32), <c>--records N</c>,
/// <c>--warmup N</c> (default 15), <c>--only a|b|c|d|verify [--rate N]</c> (one scenario, for profiling);
/// <c>BENCH_DEBUG=1</c> prints each second of a fixed-rate run.
/// </summary>
internal static class GatewayLoad
{
    private const string Consumer = "VN-QNA/GOV/000.00.00.H47/DVCTINH";
    private const string Service = "VN-QNA/GOV/000.00.00.G01/CSDLQGDC/cong-dan";
    private const string Resident = "049085001234";

    private sealed record Result(string Name, double Rps, double P50, double P99, int Errors);

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var concurrency = Option(args, "--concurrency", 32);
        var records = Option(args, "--records", 1_000_000);
        Warmup = Option(args, "--warmup", 15);
        var only = Array.IndexOf(args, "--only") is var o and >= 0 && o + 1 < args.Length ? args[o + 1] : null;
        var postgres = Environment.GetEnvironmentVariable("LIENTHONG_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("LIENTHONG_TEST_POSTGRES");
        Console.WriteLine($"LienThong gateway load — {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, " +
            $"{seconds} s per measurement, {concurrency} concurrent clients");

        await using var sqlite = await Platform.StartAsync(null);
        await using var proxy = await BareProxy.StartAsync(sqlite.Url);
        var results = new List<Result>();
        if (only is not null)
        {
            // Profiling aid: one scenario (a, b, c, or d on PostgreSQL), closed loop or at --rate N; no ratios. Or "verify".
            if (only == "verify")
            {
                await MeasureAsync("c", sqlite.GatewayRequest, 1, 4);
                var (count, took, whole) = await sqlite.VerifyMillionAsync(records);
                Console.WriteLine($"log verify over {count:N0} records (SQLite): {took:0.00} s, intact = {whole}");
                return 0;
            }
            await using var target = only == "d" ? await Platform.StartAsync(postgres ?? throw new InvalidOperationException("d needs PostgreSQL")) : null;
            Func<HttpRequestMessage> send = only switch
            {
                "a" => sqlite.DirectRequest,
                "b" => () => sqlite.DirectRequest(proxy.Url),
                _ => (target ?? sqlite).GatewayRequest,
            };
            if (Option(args, "--rate", 0) is > 0 and var fixedRate)
            {
                var probe = await FixedRateAsync(send, fixedRate, seconds);
                Console.WriteLine($"{only} at {fixedRate} req/s: p50 {probe.P50:0.00} ms, p99 {probe.P99:0.00} ms");
            }
            else
            {
                await MeasureAsync(only, send, seconds, concurrency);
            }
            Console.WriteLine(await (target ?? sqlite).CommitsAsync());
            return 0;
        }
        results.Add(await MeasureAsync("(a) direct to the provider", sqlite.DirectRequest, seconds, concurrency));
        results.Add(await MeasureAsync("(b) bare YARP proxy", () => sqlite.DirectRequest(proxy.Url), seconds, concurrency));
        results.Add(await MeasureAsync("(c) gateway, SQLite log", sqlite.GatewayRequest, seconds, concurrency));
        Platform? pg = null;
        if (postgres is not null)
        {
            pg = await Platform.StartAsync(postgres);
            results.Add(await MeasureAsync("(d) gateway, PostgreSQL log", pg.GatewayRequest, seconds, concurrency));
        }
        Console.WriteLine();
        Console.WriteLine($"{"scenario",-32} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"errors",7}");
        foreach (var r in results)
        {
            Console.WriteLine($"{r.Name,-32} {r.Rps,9:0} {r.P50,8:0.00} {r.P99,8:0.00} {r.Errors,7}");
        }
        var bare = results[1];
        Console.WriteLine($"ratio c/b = {results[2].Rps / bare.Rps:0.00}" + (pg is null ? "  (d: no PostgreSQL server given)" : $", d/b = {results[3].Rps / bare.Rps:0.00}"));

        // Added latency at half the peak rate: the same fixed request rate against the direct path and the gateway.
        foreach (var (name, request) in new[] { ("SQLite", (Func<HttpRequestMessage>)sqlite.GatewayRequest) }.Concat(
            pg is null ? [] : [("PostgreSQL", (Func<HttpRequestMessage>)pg.GatewayRequest)]))
        {
            var peak = results.Single(r => r.Name.Contains(name == "SQLite" ? "SQLite" : "PostgreSQL", StringComparison.Ordinal)).Rps;
            var rate = peak / 2;
            var direct = await FixedRateAsync(sqlite.DirectRequest, rate, seconds);
            var gateway = await FixedRateAsync(request, rate, seconds);
            Console.WriteLine($"at {rate:0} req/s ({name}): p99 direct {direct.P99:0.00} ms, gateway {gateway.P99:0.00} ms, added {gateway.P99 - direct.P99:0.00} ms");
        }
        if (pg is not null)
        {
            await pg.DisposeAsync();
        }

        var (inserted, verifySeconds, intact) = await sqlite.VerifyMillionAsync(records);
        Console.WriteLine($"log verify over {inserted:N0} records (SQLite): {verifySeconds:0.00} s, intact = {intact}");
        return 0;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

    private static int Warmup = 15;

    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        UseProxy = false,
        MaxConnectionsPerServer = 256,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    });

    private static async Task<Result> MeasureAsync(string name, Func<HttpRequestMessage> request, int seconds, int concurrency)
    {
        Console.Write($"{name}… ");
        await RunLoopAsync(request, TimeSpan.FromSeconds(Warmup), concurrency); // warm-up: tiered JIT settles
        var (latencies, errors, elapsed) = await RunLoopAsync(request, TimeSpan.FromSeconds(seconds), concurrency);
        var result = new Result(name, latencies.Length / elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99), errors);
        Console.WriteLine($"{result.Rps:0} req/s");
        return result;
    }

    private static async Task<(double[] Latencies, int Errors, TimeSpan Elapsed)> RunLoopAsync(Func<HttpRequestMessage> request, TimeSpan duration, int concurrency)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var errors = 0;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var latencies = new List<double>(8192);
            while (Stopwatch.GetTimestamp() < stop)
            {
                var begin = Stopwatch.GetTimestamp();
                using var message = request();
                try
                {
                    using var response = await Client.SendAsync(message);
                    await response.Content.LoadIntoBufferAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                        continue;
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }
                latencies.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
            }
            return latencies;
        }).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(l => l).Order().ToArray();
        return (all, errors, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Open loop at a fixed rate: every millisecond, the requests due by then are started (no spinning: the generator must
    /// not take the CPU the servers need). Latency counts from each request's due time, so a stall is not hidden. The same
    /// load runs first for the warm-up time and is discarded (tiered JIT and connection pools settle at that rate).
    /// </summary>
    private static async Task<Result> FixedRateAsync(Func<HttpRequestMessage> request, double rate, int seconds)
    {
        await OpenLoopAsync(request, rate, Warmup);
        var latencies = await OpenLoopAsync(request, rate, seconds);
        if (Environment.GetEnvironmentVariable("BENCH_DEBUG") == "1")
        {
            for (var second = 0; second < seconds; second++)
            {
                var slice = latencies.Skip((int)(second * rate)).Take((int)rate).Order().ToArray();
                Console.WriteLine($"  second {second}: p50 {Percentile(slice, 0.5):0.0} p99 {Percentile(slice, 0.99):0.0} max {slice[^1]:0.0}");
            }
        }
        Array.Sort(latencies);
        return new Result("fixed", rate, Percentile(latencies, 0.5), Percentile(latencies, 0.99), 0);
    }

    private static async Task<double[]> OpenLoopAsync(Func<HttpRequestMessage> request, double rate, int seconds)
    {
        var total = (int)(rate * seconds);
        var latencies = new double[total];
        var start = Stopwatch.GetTimestamp();
        var tasks = new List<Task>(total);
        async Task SendAsync(int index)
        {
            var due = start + (long)(index / rate * Stopwatch.Frequency);
            using var message = request();
            using var response = await Client.SendAsync(message);
            await response.Content.LoadIntoBufferAsync();
            latencies[index] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
        }
        for (var next = 0; next < total;)
        {
            for (var due = Math.Min(total, (int)(Stopwatch.GetElapsedTime(start).TotalSeconds * rate) + 1); next < due; next++)
            {
                tasks.Add(SendAsync(next));
            }
            await Task.Delay(1);
        }
        await Task.WhenAll(tasks);
        return latencies;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The platform (gateway + population register) on a throwaway data folder and database.</summary>
    private sealed class Platform : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly string folder;
        private readonly string? database;
        private readonly string? server;
        private string token = "";
        private byte[] providerKey = [];

        private Platform(WebApplication app, string folder, string url, string? server, string? database) =>
            (this.app, this.folder, Url, this.server, this.database) = (app, folder, url, server, database);

        public string Url { get; }

        public static async Task<Platform> StartAsync(string? postgres)
        {
            var folder = Directory.CreateTempSubdirectory("lienthong-load-").FullName;
            var url = $"http://127.0.0.1:{FreePort()}";
            string? database = null;
            var connection = "";
            if (postgres is not null)
            {
                database = "lienthong_load_" + Guid.NewGuid().ToString("N")[..8];
                await using var admin = new NpgsqlConnection(postgres);
                await admin.OpenAsync();
                await new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin).ExecuteNonQueryAsync();
                connection = new NpgsqlConnectionStringBuilder(postgres) { Database = database, MaxPoolSize = 64 }.ConnectionString;
            }
            var app = LienThongHost.Build(["--urls", url, "--environment", "Benchmark", "--VNeID:Bundled:Enabled", "false", "--Trust:EnrolOnStart", "false",
                "--AgencySystems:BaseUrl", url, "--Trust:PublicBaseUrl", url, "--Persistence:Provider", postgres is null ? "sqlite" : "postgres",
                "--Persistence:ConnectionString", connection, "--Persistence:MigrateOnStart", "true", "--Logging:LogLevel:Default", "Warning",
                "--Identity:AccessTokenLifetime", "02:00:00"], folder);
            await app.StartAsync();
            var platform = new Platform(app, folder, url, postgres, database);
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ITrustAdministration>().IssueAsync("seal", "000.00.01.H47");
            var (secret, _) = await scope.ServiceProvider.GetRequiredService<IAgencyClients>().AddAsync(Consumer, "Cổng dịch vụ công tỉnh");
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = Consumer, ["client_secret"] = secret!.ClientSecret, ["scope"] = "lgsp",
            });
            var tokenResponse = await Client.PostAsync(url + "/connect/token", form);
            platform.token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
            platform.providerKey = ProviderAuthentication.LoadKey(app.Services.GetRequiredService<DataDirectory>());
            return platform;
        }

        /// <summary>Mean group-commit time and records per commit so far, from the platform's own metrics.</summary>
        public async Task<string> CommitsAsync()
        {
            var text = await Client.GetStringAsync(Url + "/metrics");
            double Value(string prefix) => text.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
                .Select(l => double.Parse(l.Split(' ')[^1], CultureInfo.InvariantCulture)).Sum();
            var commits = Value("lienthong_exchange_log_commit_milliseconds_count");
            return commits == 0 ? "no commits" : string.Create(CultureInfo.InvariantCulture,
                $"{commits:0} group commits, {Value("lienthong_exchange_log_commit_milliseconds_sum") / commits:0.00} ms and {Value("lienthong_exchange_log_batch_sum") / commits:0.0} records each");
        }

        public HttpRequestMessage GatewayRequest()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"{Url}/x/{Service}/cong-dan/{Resident}");
            request.Headers.Authorization = new("Bearer", token);
            request.Headers.Add(ExchangeHeaders.Purpose, "1.013831");
            request.Headers.Add(ExchangeHeaders.Subject, Resident);
            request.Headers.Add(ExchangeHeaders.Case, "000.00.00.H47-261126-0001");
            return request;
        }

        public HttpRequestMessage DirectRequest() => DirectRequest(Url);

        /// <summary>What the gateway would send the provider: its signature over a fresh message id.</summary>
        public HttpRequestMessage DirectRequest(string baseUrl)
        {
            var path = $"/he-thong/dan-cu/v1/cong-dan/{Resident}";
            var messageId = Guid.NewGuid().ToString();
            var request = new HttpRequestMessage(HttpMethod.Get, baseUrl + path);
            request.Headers.Add(ExchangeHeaders.MessageId, messageId);
            request.Headers.Add(ExchangeHeaders.Consumer, Consumer);
            request.Headers.Add(ExchangeHeaders.GatewaySignature, ProviderAuthentication.Sign(providerKey, messageId, Consumer, "GET", path));
            return request;
        }

        /// <summary>Appends chained records straight into the log table until it holds <paramref name="target"/>, then times the verifier.</summary>
        public async Task<(long Records, double Seconds, bool Intact)> VerifyMillionAsync(int target)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ExchangeDbContext>();
            var head = await db.LogRecords.OrderByDescending(r => r.Sequence).Select(r => new { r.Sequence, r.Hash }).FirstOrDefaultAsync();
            var (sequence, previous) = head is null ? (0L, LogRecord.Genesis) : (head.Sequence, head.Hash);
            var template = await db.LogRecords.AsNoTracking().OrderBy(r => r.Sequence).FirstAsync();
            Console.Write($"filling the log to {target:N0} records… ");
            var fill = Stopwatch.StartNew();
            while (sequence < target)
            {
                var batch = new List<LogRecord>(20_000);
                for (var i = 0; i < 20_000 && sequence < target; i++)
                {
                    var record = new LogRecord
                    {
                        Sequence = ++sequence, MessageId = Guid.NewGuid().ToString(), OccurredAt = LogRecord.Stored(DateTimeOffset.UtcNow),
                        Consumer = template.Consumer, Service = template.Service, Method = "GET", Path = template.Path, Purpose = template.Purpose,
                        Case = template.Case, SubjectKey = template.SubjectKey, SubjectSealed = template.SubjectSealed, RequestDigest = template.RequestDigest,
                        ResponseDigest = template.ResponseDigest, Status = 200, Outcome = "forwarded", RequestBytes = 0, ResponseBytes = 400,
                        DurationMs = 1.5, PreviousHash = previous,
                    };
                    record.Hash = previous = record.ComputeHash();
                    batch.Add(record);
                }
                await using var fresh = scope.ServiceProvider.CreateAsyncScope();
                var context = fresh.ServiceProvider.GetRequiredService<ExchangeDbContext>();
                context.ChangeTracker.AutoDetectChangesEnabled = false;
                context.LogRecords.AddRange(batch);
                await context.SaveChangesAsync();
            }
            Console.WriteLine($"{fill.Elapsed.TotalSeconds:0} s");
            var watch = Stopwatch.StartNew();
            var result = await scope.ServiceProvider.GetRequiredService<IExchangeAdministration>().VerifyLogAsync(null, null);
            return (result.Records, watch.Elapsed.TotalSeconds, result.Intact);
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
            if (server is not null && database is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(server);
                await admin.OpenAsync();
                await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
            }
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A bare YARP forwarder in front of the provider: the floor the gateway's own work is measured against.</summary>
    private sealed class BareProxy : IAsyncDisposable
    {
        private readonly WebApplication app;

        private BareProxy(WebApplication app, string url) => (this.app, Url) = (app, url);

        public string Url { get; }

        public static async Task<BareProxy> StartAsync(string provider)
        {
            var url = $"http://127.0.0.1:{FreePort()}";
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls(url);
            builder.Logging.ClearProviders();
            builder.Services.AddHttpForwarder();
            var app = builder.Build();
            var invoker = new HttpMessageInvoker(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false });
            app.Map("/{**path}", async (HttpContext context, IHttpForwarder forwarder) =>
            {
                var error = await forwarder.SendAsync(context, provider, invoker);
                if (error != ForwarderError.None)
                {
                    Console.Error.WriteLine($"bare proxy: {error} {context.Features.Get<IForwarderErrorFeature>()?.Exception?.Message}");
                }
            });
            await app.StartAsync();
            return new BareProxy(app, url);
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
