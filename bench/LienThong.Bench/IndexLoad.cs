using System.Diagnostics;
using LienThong.Host;
using LienThong.Indicators.ServiceQuality;
using LienThong.PublicServices.Contracts;
using LienThong.Registry.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Bench;

/// <summary>
/// <c>-- index [--count 1000000] [--queries 200] [--keep] [--reuse DATABASE]</c>: generates synthetic dossiers with their events over the reference
/// province's 241 communes and its provincial agencies from 1/1/2024 to 30/6/2025 (across the 1/1/2025 commune mergers),
/// feeds them to the indicators' projection (the code that reads the dossier event feed), then times the Decision 766 index
/// (the code behind <c>GET /api/indicators/service-quality</c>, in process) for random units — the province, a district, a
/// commune, an agency — and periods (a month to the whole span), and the first page of a drill-down. Goal: ≤ 1 s per index on
/// PostgreSQL (<c>LIENTHONG_BENCH_POSTGRES</c>).
/// </summary>
internal static class IndexLoad
{
    private static readonly DateOnly First = new(2024, 1, 1);
    private const int Days = 547;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--count", 1_000_000);
        var queries = Option(args, "--queries", 200);
        var reuse = Array.IndexOf(args, "--reuse") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        await using var database = reuse is null ? await BenchDatabase.CreateAsync("lienthong_index_") : BenchDatabase.Existing(reuse);
        database.Keep = args.Contains("--keep");
        var folder = Directory.CreateTempSubdirectory("lienthong-index-").FullName;
        var app = LienThongHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Benchmark", "--Trust:EnrolOnStart", "false",
            "--VNeID:Bundled:Enabled", "false", "--Exchange:DeliveryEnabled", "false", "--Indicators:ProjectionSeconds", "3600", .. database.Settings,
            "--Logging:LogLevel:Default", "Warning"], folder);
        await app.StartAsync();
        try
        {
            var registry = app.Services.GetRequiredService<IRegistryDirectory>();
            var districts = await registry.ListUnitsAsync(new UnitQuery(new DateOnly(2024, 6, 30), ParentCode: "49"));
            var communes = new List<string>();
            foreach (var district in districts)
            {
                communes.AddRange((await registry.ListUnitsAsync(new UnitQuery(new DateOnly(2024, 6, 30), ParentCode: district.Code))).Select(c => c.Code));
            }
            var started = Stopwatch.GetTimestamp();
            var events = reuse is null ? await FillAsync(app.Services, communes, count) : 0;
            if (database.Keep)
            {
                Console.Error.WriteLine($"Database {database.Name} is kept: time again with --reuse {database.Name}.");
            }
            var filled = Stopwatch.GetElapsedTime(started);

            var random = new Random(11);
            var kinds = new (string Name, Func<string> Unit)[]
            {
                ("tỉnh 49", () => "49"),
                ("huyện", () => districts[random.Next(districts.Count)].Code),
                ("xã", () => communes[random.Next(communes.Count)]),
                ("cơ quan", () => "000.01.02.H47"),
            };
            var times = kinds.ToDictionary(k => k.Name, _ => new List<double>());
            var drill = new List<double>();
            for (var i = -8; i < queries; i++)
            {
                var which = (i + 8) % kinds.Length;
                var kind = kinds[which];
                // Districts and communes of 2024: many ended with the 2025 mergers, so their periods stay within 2024.
                var span = which is 1 or 2 ? 366 : Days;
                var from = First.AddDays(random.Next(span - 31));
                var to = random.Next(4) == 0 ? First.AddDays(span - 1) : from.AddDays(30 + random.Next(span - 31 - (from.DayNumber - First.DayNumber)));
                await using var scope = app.Services.CreateAsyncScope();
                var index = scope.ServiceProvider.GetRequiredService<ServiceQualityIndex>();
                var t = Stopwatch.GetTimestamp();
                var report = await index.ComputeAsync(kind.Unit(), from, to, CancellationToken.None);
                var elapsed = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                if (i < 0)
                {
                    continue; // warm-up
                }
                times[kind.Name].Add(elapsed);
                if (i % 10 == 0)
                {
                    t = Stopwatch.GetTimestamp();
                    await index.DossiersAsync(report.Unit, from, to, "2.1", "missed", 1, CancellationToken.None);
                    drill.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
            }
            static string Summary(List<double> values)
            {
                values.Sort();
                double P(double q) => Math.Round(values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)], 1);
                return $"p50 {P(0.5)} ms, p95 {P(0.95)} ms, max {Math.Round(values[^1], 1)} ms ({values.Count} runs)";
            }
            var all = times.Values.SelectMany(v => v).ToList();
            var max = all.Max();
            var lines = new List<string>
            {
                $"LienThong Decision 766 index — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
                $"{(database.IsPostgres ? "PostgreSQL" : "SQLite")}",
                $"{count:N0} synthetic dossiers, {communes.Count} communes + provincial agencies, 1/1/2024–30/6/2025; " +
                (reuse is null ? $"{events:N0} events projected in {filled.TotalSeconds:F0} s ({events / filled.TotalSeconds:N0} events/s)" : $"database {reuse} filled by an earlier run"),
            };
            lines.AddRange(times.Select(t => $"index, {t.Key}: {Summary(t.Value)}"));
            lines.Add($"drill-down (2.1 missed, first page): {Summary(drill)}");
            lines.Add($"Goal ≤ 1 s per index: {(max <= 1000 ? "met" : "not met")} (slowest {Math.Round(max, 1)} ms)");
            var text = string.Join(Environment.NewLine, lines);
            Console.WriteLine(text);
            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "index-report.txt"), text + Environment.NewLine);
            return 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Dossiers in the order of their receipt, spread over the communes (nine in ten) and the land office; 70 % online, 60 % digitised, 40 % re-using data,
    /// 90 % returned (85 % of those on time, 80 % with an e-result), 40 % with fees of which three in four paid online, 25 % rated.
    /// </summary>
    private static async Task<long> FillAsync(IServiceProvider services, List<string> communes, int count)
    {
        var random = new Random(42);
        var total = 0L;
        const int batch = 2_500;
        var events = new List<DossierEventDto>(batch * 8);
        for (var done = 0; done < count; done += batch)
        {
            events.Clear();
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var id = Guid.CreateVersion7();
                var code = $"B-{i:D8}";
                var (agency, unit) = random.Next(10) == 0 ? ("000.01.02.H47", "49") : Commune(communes[random.Next(communes.Count)]);
                // In the order they arrive: receipts day after day, as the feed delivers them.
                var received = new DateTimeOffset(First.AddDays((int)((long)i * Days / count)).ToDateTime(new TimeOnly(1 + random.Next(9), random.Next(60))), TimeSpan.Zero);
                var online = random.Next(10) < 7;
                var feeDue = random.Next(10) < 4;
                void Add(string kind, DateTimeOffset at, bool? onTime = null, int? score = null) =>
                    events.Add(new DossierEventDto(0, id, code, "1.000001", kind, at, agency, unit, online ? "online" : "counter", null, null, onTime, score,
                        kind == DossierEventKinds.Received ? feeDue : null));
                Add(DossierEventKinds.Received, received);
                if (random.Next(10) < 6)
                {
                    Add(DossierEventKinds.Digitised, received);
                }
                if (random.Next(10) < 4)
                {
                    Add(DossierEventKinds.Fetched, received);
                }
                Add(DossierEventKinds.Accepted, received.AddHours(2));
                if (feeDue && random.Next(4) < 3)
                {
                    Add(DossierEventKinds.PaidOnline, received.AddHours(3));
                }
                if (random.Next(10) < 9)
                {
                    var returned = received.AddDays(1 + random.Next(12));
                    if (random.Next(10) < 8)
                    {
                        Add(DossierEventKinds.ResultIssued, returned);
                    }
                    Add(DossierEventKinds.Returned, returned, onTime: random.Next(100) < 85);
                    if (random.Next(4) == 0)
                    {
                        Add(DossierEventKinds.Rated, returned.AddHours(5), score: 1 + random.Next(5));
                    }
                }
            }
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DossierProjection>().ApplyAsync(events, CancellationToken.None);
            total += events.Count;
            Console.Error.Write($"\r{Math.Min(count, done + batch):N0}/{count:N0} dossiers");
        }
        Console.Error.WriteLine();
        return total;
    }

    /// <summary>A commune's committee (a synthetic e-ID per commune) and the commune.</summary>
    private static (string Agency, string Unit) Commune(string code) => ($"000.{code[..2]}.{code[2..]}.H47", code);

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
