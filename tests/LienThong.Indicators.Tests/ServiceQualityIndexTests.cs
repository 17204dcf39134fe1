using System.Net;
using System.Text.Json;
using LienThong.Indicators.ServiceQuality;
using LienThong.PublicServices.Contracts;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Indicators.Tests;

/// <summary>
/// The Decision 766 index on a small fixture of dossier events around the 1/1/2025 merger of Sơn Viên (20672) into Quế Lộc
/// (20671), when Nông Sơn district (519) joined Quế Sơn (509); expectations computed by hand in the comments.
/// </summary>
public abstract class ServiceQualityIndexTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Period = "from=2024-10-01&to=2025-03-31";

    private static readonly Guid D1 = Guid.NewGuid(), D2 = Guid.NewGuid(), D3 = Guid.NewGuid(), D4 = Guid.NewGuid(), D5 = Guid.NewGuid(), D6 = Guid.NewGuid();

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.FromHours(7));

    private static DossierEventDto E(Guid dossier, string kind, DateTimeOffset at, string agency, string unit, string? channel = "online",
        bool? onTime = null, int? score = null, bool? feeDue = null) =>
        new(0, dossier, "FIX-" + dossier.ToString("N")[..8], "1.000001", kind, at, agency, unit, channel, null, null, onTime, score, feeDue);

    /// <summary>
    /// D1 Sơn Viên (old): online, digitised, fees paid online, e-result, returned on time after 4 days, rated 5.
    /// D2 Quế Lộc (old): at the counter, returned late after 18 days, rated 2.
    /// D3 Quế Lộc (merged): online, digitised, fetched from a register, fees paid online, e-result, on time after 2 days.
    /// D4 land office (unit 49): online, digitised, not returned. D5 Tân Thạnh (Tam Kỳ): online, e-result, on time after 7 days,
    /// rated 4. D6 Thanh Khê, Đà Nẵng (old 48): online, on time; never counted for Quảng Nam.
    /// </summary>
    private static IReadOnlyList<DossierEventDto> Fixture() =>
    [
        E(D1, DossierEventKinds.Received, At(2024, 11, 4), "000.13.72.H47", "20672", feeDue: true),
        E(D1, DossierEventKinds.Digitised, At(2024, 11, 4), "000.13.72.H47", "20672"),
        E(D1, DossierEventKinds.PaidOnline, At(2024, 11, 5), "000.13.72.H47", "20672"),
        E(D1, DossierEventKinds.ResultIssued, At(2024, 11, 8), "000.13.72.H47", "20672"),
        E(D1, DossierEventKinds.Returned, At(2024, 11, 8), "000.13.72.H47", "20672", onTime: true),
        E(D1, DossierEventKinds.Rated, At(2024, 11, 9), "000.13.72.H47", "20672", score: 5),
        E(D2, DossierEventKinds.Received, At(2024, 12, 2), "000.13.71.H47", "20671", channel: "counter"),
        E(D2, DossierEventKinds.Overdue, At(2024, 12, 20), "000.13.71.H47", "20671", channel: "counter"),
        E(D2, DossierEventKinds.Returned, At(2024, 12, 20), "000.13.71.H47", "20671", channel: "counter", onTime: false),
        E(D2, DossierEventKinds.Rated, At(2024, 12, 21), "000.13.71.H47", "20671", channel: "counter", score: 2),
        E(D3, DossierEventKinds.Received, At(2025, 2, 3), "000.13.71.H47", "20671", feeDue: true),
        E(D3, DossierEventKinds.Digitised, At(2025, 2, 3), "000.13.71.H47", "20671"),
        E(D3, DossierEventKinds.Fetched, At(2025, 2, 3), "000.13.71.H47", "20671"),
        E(D3, DossierEventKinds.Digitised, At(2025, 2, 3), "000.13.71.H47", "20671"),
        E(D3, DossierEventKinds.PaidOnline, At(2025, 2, 3), "000.13.71.H47", "20671"),
        E(D3, DossierEventKinds.ResultIssued, At(2025, 2, 5), "000.13.71.H47", "20671"),
        E(D3, DossierEventKinds.Returned, At(2025, 2, 5), "000.13.71.H47", "20671", onTime: true),
        E(D3, DossierEventKinds.Returned, At(2025, 2, 6), "000.13.71.H47", "20671", onTime: false),
        E(D4, DossierEventKinds.Received, At(2025, 1, 6), "000.01.02.H47", "49"),
        E(D4, DossierEventKinds.Digitised, At(2025, 1, 6), "000.01.02.H47", "49"),
        E(D5, DossierEventKinds.Received, At(2025, 3, 3), "000.31.35.H47", "20335"),
        E(D5, DossierEventKinds.ResultIssued, At(2025, 3, 10), "000.31.35.H47", "20335"),
        E(D5, DossierEventKinds.Returned, At(2025, 3, 10), "000.31.35.H47", "20335", onTime: true),
        E(D5, DossierEventKinds.Rated, At(2025, 3, 11), "000.31.35.H47", "20335", score: 4),
        E(D6, DossierEventKinds.Received, At(2025, 1, 10), "000.09.09.H15", "20209"),
        E(D6, DossierEventKinds.Returned, At(2025, 1, 12), "000.09.09.H15", "20209", onTime: true),
    ];

    private async Task<HttpClient> LeaderWithFixtureAsync()
    {
        app.Database.RequireAvailable();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var projection = scope.ServiceProvider.GetRequiredService<DossierProjection>();
            // Two batches, so that a dossier's later events find the fact the first batch saved.
            var events = Fixture();
            await projection.ApplyAsync([.. events.Take(9)], Ct);
            await projection.ApplyAsync([.. events.Skip(9)], Ct);
        }
        return await OAuthFlows.SignedInBrowserAsync(app, "lanhdao.ubndtinh");
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{url} → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Dictionary<string, decimal?> Scores(JsonElement report) => report.GetProperty("groups").EnumerateArray()
        .SelectMany(g => g.GetProperty("indicators").EnumerateArray())
        .ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("score").ValueKind == JsonValueKind.Null ? (decimal?)null : i.GetProperty("score").GetDecimal());

    private static decimal? Total(JsonElement report) =>
        report.GetProperty("total").ValueKind == JsonValueKind.Null ? null : report.GetProperty("total").GetDecimal();

    [Fact]
    public async Task Index_MatchesTheHandComputation_ForTheProvinceADistrictACommuneAndAnAgency_AcrossTheMerger()
    {
        using var leader = await LeaderWithFixtureAsync();

        var province = await GetAsync(leader, $"/api/indicators/service-quality?unit=49&{Period}");
        var nongSon = await GetAsync(leader, $"/api/indicators/service-quality?unit=519&{Period}");
        var queSon = await GetAsync(leader, $"/api/indicators/service-quality?unit=509&{Period}");
        var queLoc = await GetAsync(leader, $"/api/indicators/service-quality?unit=20671&{Period}");
        var landOffice = await GetAsync(leader, $"/api/indicators/service-quality?unit=000.01.02.H47&{Period}");
        var daNang = await GetAsync(leader, $"/api/indicators/service-quality?unit=48&{Period}");
        var empty = await GetAsync(leader, "/api/indicators/service-quality?unit=49&from=2023-01-01&to=2023-03-31");

        // Province 49 (D1–D5): received 5, online 4 (80 % → 6.4), digitised 3 (60 % → 4.8), re-used 1 (20 % → 1.4); returned 4,
        // on time 3 (75 % → 10.5), 31 days / 4 = 7.75 against 5 (6 × 5 / 7.75 → 3.87), e-results 3 (75 % → 5.25); paid online
        // 2 of 2 (→ 6); rated 3, satisfied 2 (66.67 % → 8.00). Total 46.22, weak; the entered indicators have no data.
        var p = Scores(province);
        Assert.Equal([6.4m, 4.8m, 1.4m, 10.5m, 3.87m, 5.25m, 6m, 8.00m], new[] { p["4.2"], p["3.1"], p["3.3"], p["2.1"], p["2.2"], p["3.2"], p["4.4"], p["5.1"] });
        Assert.Equal(46.22m, Total(province));
        Assert.Equal("Yếu", province.GetProperty("band").GetString());
        Assert.False(province.GetProperty("complete").GetBoolean());
        Assert.Null(p["1.1"]);
        Assert.Equal(JsonValueKind.Null, province.GetProperty("groups")[0].GetProperty("score").ValueKind);
        Assert.Equal(5, province.GetProperty("groups")[3].GetProperty("indicators")[1].GetProperty("denominator").GetDecimal());

        // Nông Sơn (519) ended on 31/12/2024: D1 and D2 only, not D3 received under the same code after the merger.
        // Online 1/2 → 4; digitised 1/2 → 4; re-used 0 → 0; on time 1/2 → 7; 22 / 2 = 11 days → 2.73; e-result 1/2 → 3.5;
        // paid 1/1 → 6; satisfied 1/2 → 6. Total 33.23.
        var n = Scores(nongSon);
        Assert.Equal([4m, 4m, 0m, 7m, 2.73m, 3.5m, 6m, 6m], new[] { n["4.2"], n["3.1"], n["3.3"], n["2.1"], n["2.2"], n["3.2"], n["4.4"], n["5.1"] });
        Assert.Equal(33.23m, Total(nongSon));
        Assert.Equal("2024-12-31", nongSon.GetProperty("to").GetString());

        // Quế Lộc after the merger takes Sơn Viên's D1 with its own D2 and D3, once each; Quế Sơn (509) the same three.
        // Online 2/3 → 5.33; digitised 2/3 → 5.33; re-used 1/3 → 2.33; on time 2/3 → 9.33 (D3's second return ignored);
        // 24 / 3 = 8 days → 3.75; e-result 2/3 → 4.67; paid 2/2 → 6; satisfied 1/2 → 6. Total 42.74.
        var q = Scores(queLoc);
        Assert.Equal([5.33m, 5.33m, 2.33m, 9.33m, 3.75m, 4.67m, 6m, 6m], new[] { q["4.2"], q["3.1"], q["3.3"], q["2.1"], q["2.2"], q["3.2"], q["4.4"], q["5.1"] });
        Assert.Equal(42.74m, Total(queLoc));
        Assert.Equal(42.74m, Total(queSon));

        // The land office alone: one dossier received online and digitised, nothing returned (no data, not zero).
        var l = Scores(landOffice);
        Assert.Equal((8m, 8m, 0m), (l["4.2"], l["3.1"], l["3.3"]));
        Assert.Null(l["2.1"]);
        Assert.Equal(16m, Total(landOffice));

        // Đà Nẵng before the merger counts its own dossier, not Quảng Nam's.
        Assert.Equal(1, daNang.GetProperty("groups")[3].GetProperty("indicators")[1].GetProperty("denominator").GetDecimal());

        // The DTI over the same dossiers, by main indicator: 7.1 online 80 % of 40 → 32, 7.2 fees paid online 100 % of 25 → 25,
        // 7.3 e-results 75 % of 25 → 18.75, 7.4 digitised 60 % of 25 → 15, 7.5 no document issued (no data), 7.6 no seal
        // certificate issued in this test host (0 %) → 0: 90.75; 3.3 no exchange through the gateway in the period → 0;
        // 9.3 satisfied 66.67 % of 40 → 26.67; 9.4 no VNeID sign-in in the period → 0. Total 117.42 of 1,000.
        var dti = await GetAsync(leader, $"/api/indicators/dti?unit=49&{Period}");
        var d = Scores(dti);
        Assert.Equal([32m, 25m, 18.75m, 15m, 0m, 0m, 26.67m, 0m], new[] { d["7.1"], d["7.2"], d["7.3"], d["7.4"], d["7.6"], d["3.3"], d["9.3"], d["9.4"] });
        Assert.Null(d["7.5"]);
        Assert.Equal(90.75m, dti.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("code").GetString() == "7").GetProperty("score").GetDecimal());
        Assert.Equal(117.42m, Total(dti));
        Assert.Equal(1000m, dti.GetProperty("max").GetDecimal());
        Assert.Equal(9, dti.GetProperty("groups").GetArrayLength());
        // Quế Sơn district's Quế Lộc (2, the DTI of a commune: no seal or exchange figures, those are the province's).
        Assert.Null(Scores(await GetAsync(leader, $"/api/indicators/dti?unit=20671&{Period}"))["7.6"]);

        // The districts of 31/3/2025 ranked: Tam Kỳ (D5: online 8, on time 14, 7 days → 4.29, e-result 7, satisfied 12 →
        // 45.29) before Quế Sơn (D1–D3, 42.74); the others without data, unranked.
        var ranking = await GetAsync(leader, $"/api/indicators/ranking?unit=49&{Period}");
        Assert.Equal(("502", 1, 45.29m), (ranking[0].GetProperty("unit").GetString(), ranking[0].GetProperty("rank").GetInt32(), ranking[0].GetProperty("total").GetDecimal()));
        Assert.Equal(("509", 2, 42.74m), (ranking[1].GetProperty("unit").GetString(), ranking[1].GetProperty("rank").GetInt32(), ranking[1].GetProperty("total").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, ranking[2].GetProperty("rank").ValueKind);
        Assert.DoesNotContain(ranking.EnumerateArray(), r => r.GetProperty("unit").GetString() == "519");

        // The same figures as a PDF table, read back with PdfPig; a bad format is refused.
        var pdfResponse = await leader.GetAsync($"/api/indicators/service-quality/export?unit=49&{Period}&format=pdf", Ct);
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType?.MediaType);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await pdfResponse.Content.ReadAsByteArrayAsync(Ct)))
        {
            var text = string.Join(" ", pdf.GetPages().Select(page => page.Text));
            Assert.Contains("46,22", text, StringComparison.Ordinal);
            Assert.Contains("CÔNG KHAI", text, StringComparison.Ordinal);
        }
        await GetAsync(leader, $"/api/indicators/service-quality/export?unit=49&{Period}&format=docx", HttpStatusCode.BadRequest);

        Assert.True(empty.GetProperty("noData").GetBoolean());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("total").ValueKind);
    }

    [Fact]
    public async Task DrillDown_ListsTheDossiersBehindAFigure()
    {
        using var leader = await LeaderWithFixtureAsync();

        var late = await GetAsync(leader, $"/api/indicators/service-quality/dossiers?unit=20671&{Period}&indicator=2.1&filter=missed");
        var onTime = await GetAsync(leader, $"/api/indicators/service-quality/dossiers?unit=20671&{Period}&indicator=2.1&filter=met");
        var report = await GetAsync(leader, $"/api/indicators/service-quality?unit=20671&{Period}");
        var link = report.GetProperty("groups")[1].GetProperty("indicators")[0].GetProperty("dossiers").GetString()!;
        var linked = await GetAsync(leader, link + "&filter=all");
        var entered = await GetAsync(leader, $"/api/indicators/service-quality/dossiers?unit=20671&{Period}&indicator=1.1", HttpStatusCode.NotFound);
        var badFilter = await GetAsync(leader, $"/api/indicators/service-quality/dossiers?unit=20671&{Period}&indicator=2.1&filter=late", HttpStatusCode.BadRequest);
        var unknown = await GetAsync(leader, $"/api/indicators/service-quality?unit=99999&{Period}", HttpStatusCode.NotFound);
        var badDate = await GetAsync(leader, "/api/indicators/service-quality?unit=49&from=2025-13-01", HttpStatusCode.BadRequest);
        var reversed = await GetAsync(leader, "/api/indicators/service-quality?unit=49&from=2025-03-01&to=2025-01-01", HttpStatusCode.BadRequest);
        var ancient = await GetAsync(leader, "/api/indicators/dti?unit=49&from=0001-01-01&to=0001-12-31", HttpStatusCode.BadRequest);

        Assert.Equal(["FIX-" + D2.ToString("N")[..8]], late.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("dossierCode").GetString()));
        Assert.Equal(new[] { D1, D3 }.Select(d => "FIX-" + d.ToString("N")[..8]).Order(),
            onTime.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("dossierCode").GetString()!).Order());
        Assert.Equal(3, linked.GetProperty("total").GetInt32());
        Assert.Contains("1.1", entered.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(badFilter.TryGetProperty("errors", out _));
        Assert.Contains("99999", unknown.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(badDate.GetProperty("errors").TryGetProperty("from", out _));
        Assert.Equal(400, reversed.GetProperty("status").GetInt32());
        Assert.True(ancient.GetProperty("errors").TryGetProperty("from", out _));
    }
}

public sealed class SqliteServiceQualityIndexTests(SqliteApp app) : ServiceQualityIndexTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresServiceQualityIndexTests(PostgresApp app) : ServiceQualityIndexTests(app), IClassFixture<PostgresApp>;
