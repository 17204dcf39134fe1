using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LienThong.Documents.Domain;
using LienThong.Documents.Drafting;
using LienThong.Documents.Persistence;
using LienThong.Host;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Bench;

/// <summary>
/// <c>-- search [--count 100000] [--queries 400]</c>: fills one agency's register with synthetic issued documents (Vietnamese
/// subjects and content, folded search text as the desk writes it), then times the desk's search (the code behind
/// <c>GET /api/documents/search</c>, in process) for queries of one to three words with and without diacritics, some with a
/// type or date filter; prints p50/p95/p99 (goal: p95 ≤ 100 ms on PostgreSQL with <c>LIENTHONG_BENCH_POSTGRES</c>).
/// </summary>
internal static class SearchLoad
{
    private const string Agency = "000.00.00.H15";

    private static readonly string[] Types = ["CV", "QĐ", "TB", "BC", "TTr", "GM", "KH"];

    private static readonly string[] Topics =
    [
        "chuyển đổi số", "cải cách hành chính", "phòng chống thiên tai", "xây dựng nông thôn mới", "đầu tư công", "quản lý đất đai",
        "bảo vệ môi trường", "giáo dục và đào tạo", "y tế cơ sở", "an toàn giao thông", "phát triển du lịch", "thu ngân sách",
        "dịch vụ công trực tuyến", "chữ ký số chuyên dùng", "sắp xếp đơn vị hành chính", "tổ công nghệ số cộng đồng",
        "giải ngân vốn đầu tư", "phòng cháy chữa cháy", "an ninh trật tự", "hỗ trợ doanh nghiệp nhỏ và vừa",
    ];

    private static readonly string[] Actions =
    [
        "triển khai", "tăng cường", "báo cáo kết quả", "phê duyệt kế hoạch", "hướng dẫn thực hiện", "kiểm tra công tác", "đôn đốc",
        "tổng kết", "ban hành quy chế", "giao chỉ tiêu",
    ];

    private static readonly string[] Places = ["phường Hải Châu", "xã Hòa Vang", "phường Bàn Thạch", "xã Duy Xuyên", "phường Hội An", "xã Núi Thành", "thành phố"];

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--count", 100_000);
        var queries = Option(args, "--queries", 400);
        await using var database = await BenchDatabase.CreateAsync("lienthong_search_");
        var folder = Directory.CreateTempSubdirectory("lienthong-search-").FullName;
        var app = LienThongHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Benchmark", "--Trust:EnrolOnStart", "false",
            "--VNeID:Bundled:Enabled", "false", "--Exchange:DeliveryEnabled", "false", .. database.Settings, "--Logging:LogLevel:Default", "Warning"], folder);
        await app.StartAsync();
        try
        {
            var started = Stopwatch.GetTimestamp();
            await FillAsync(app.Services, count);
            var filled = Stopwatch.GetElapsedTime(started);
            var random = new Random(7);
            var clerk = new Clerk("vanthu.ubndtinh", Agency, ["clerk"]);
            var times = new List<double>(queries);
            var found = 0L;
            // Warm-up: plans, pools and caches, as on a server that has been up a while.
            for (var i = 0; i < 20; i++)
            {
                await SearchOnceAsync(app.Services, clerk, Query(random), null, null);
            }
            for (var i = 0; i < queries; i++)
            {
                var query = Query(random);
                var type = i % 5 == 0 ? Types[random.Next(Types.Length)] : null;
                var from = i % 7 == 0 ? new DateOnly(2025, 1, 1).AddDays(random.Next(300)) : (DateOnly?)null;
                var t = Stopwatch.GetTimestamp();
                found += await SearchOnceAsync(app.Services, clerk, query, type, from);
                times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            times.Sort();
            double P(double q) => Math.Round(times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)], 1);
            var p95 = P(0.95);
            var text = string.Join(Environment.NewLine,
                $"LienThong document search — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
                $"{(database.IsPostgres ? "PostgreSQL (trigram index)" : "SQLite")}",
                $"{count:N0} issued documents in one agency's register (filled in {filled.TotalSeconds:F0} s); {queries} searches of 1–3 words, " +
                "with and without diacritics, one in five with a type filter, one in seven with a date filter; newest 100 returned",
                $"p50 {P(0.50)} ms, p95 {p95} ms, p99 {P(0.99)} ms, max {Math.Round(times[^1], 1)} ms; {found / (double)queries:F1} results per search on average",
                $"Goal p95 ≤ 100 ms: {(p95 <= 100 ? "met" : "not met")}");
            Console.WriteLine(text);
            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "search-report.txt"), text + Environment.NewLine);
            return 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> SearchOnceAsync(IServiceProvider services, Clerk clerk, string query, string? type, DateOnly? from)
    {
        await using var scope = services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<DocumentDesk>();
        return (await desk.SearchAsync(clerk, query, type, null, from, null, CancellationToken.None)).Count;
    }

    /// <summary>One to three words of a topic or an action, half of the time typed without diacritics.</summary>
    private static string Query(Random random)
    {
        var source = random.Next(3) == 0 ? Actions[random.Next(Actions.Length)] : Topics[random.Next(Topics.Length)];
        var words = source.Split(' ');
        var take = Math.Min(words.Length, 1 + random.Next(3));
        var start = random.Next(words.Length - take + 1);
        var query = string.Join(' ', words[start..(start + take)]);
        return random.Next(2) == 0 ? LienThong.BuildingBlocks.Text.VietnameseText.Fold(query) : query;
    }

    private static async Task FillAsync(IServiceProvider services, int count)
    {
        var random = new Random(42);
        var numbers = new Dictionary<int, int>();
        const int batch = 2000;
        for (var done = 0; done < count; done += batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var type = Types[random.Next(Types.Length)];
                var issued = new DateOnly(2023, 1, 2).AddDays(random.Next(3 * 365));
                var number = numbers[issued.Year] = numbers.GetValueOrDefault(issued.Year) + 1;
                var topic = Topics[random.Next(Topics.Length)];
                var action = Actions[random.Next(Actions.Length)];
                var place = Places[random.Next(Places.Length)];
                var document = new OfficialDocument
                {
                    Id = Guid.CreateVersion7(), Agency = Agency, AgencyName = "Ủy ban nhân dân thành phố Đà Nẵng", IssuerAbbreviation = "UBND",
                    TypeCode = type, Subject = $"V/v {action} {topic} tại {place} năm {issued.Year}",
                    Paragraphs = JsonSerializer.Serialize(new[]
                    {
                        $"Thực hiện chỉ đạo của Ủy ban nhân dân thành phố về {topic}, các cơ quan, đơn vị {action} theo kế hoạch đã ban hành.",
                        $"Giao {place} chủ trì, phối hợp với các sở, ngành liên quan tổ chức thực hiện, báo cáo kết quả trước ngày " +
                        $"{issued.AddDays(30).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.",
                    }),
                    DraftingUnit = "VX", Series = "hanh-chinh", Signer = "lanhdao.ubndtinh", SignerTitle = "Phó Chủ tịch", SignerName = "Lê Văn Dũng",
                    Place = "Đà Nẵng", Status = DocumentStatus.Issued, Number = number, Notation = type == "CV" ? "UBND-VX" : $"{type}-UBND",
                    Year = issued.Year, IssuedOn = issued, CreatedBy = "vanthu.ubndtinh",
                    CreatedAt = new DateTimeOffset(issued.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero).AddMinutes(i % 480),
                };
                document.SearchText = DocumentDesk.SearchTextOf(document);
                db.Documents.Add(document);
            }
            await db.SaveChangesAsync();
            Console.Error.Write($"\r{Math.Min(count, done + batch):N0}/{count:N0} documents");
        }
        Console.Error.WriteLine();
        if (services.GetRequiredService<LienThong.BuildingBlocks.Persistence.DatabaseConnection>().Provider
            == LienThong.BuildingBlocks.Persistence.DatabaseProvider.Postgres)
        {
            await using var scope = services.CreateAsyncScope();
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(
                scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().Database, "ANALYZE documents_documents;");
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
