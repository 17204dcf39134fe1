using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using LienThong.Testing;

namespace LienThong.Indicators.Tests;

/// <summary>
/// Entered indicators: the responsible agency (the provincial People's Committee office for the 766 transparency group) enters
/// or imports values with evidence, a leader of that agency approves them, and only then do they count. A file with bad rows
/// is refused whole with the reasons by line; another agency's official gets 403; nothing is saved in either case.
/// </summary>
public abstract class EnteredValuesTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Q1 = "/api/indicators/service-quality?unit=49&from=2025-01-01&to=2025-03-31";

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpRequestMessage request, HttpStatusCode expected)
    {
        var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{request.RequestUri} → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Task<JsonElement> ImportAsync(HttpClient client, byte[] content, string type, string name, HttpStatusCode expected) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Post, $"/api/indicators/values/import?name={name}")
        {
            Content = new ByteArrayContent(content) { Headers = { { "Content-Type", type } } },
        }, expected);

    private static Task<JsonElement> PostJsonAsync(HttpClient client, string url, object body, HttpStatusCode expected) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) }, expected);

    private static decimal? Score(JsonElement report, string code) => report.GetProperty("groups").EnumerateArray()
        .SelectMany(g => g.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("code").GetString() == code)
        .GetProperty("score") is { ValueKind: JsonValueKind.Number } score ? score.GetDecimal() : null;

    [Fact]
    public async Task Values_CountOnceApproved_AndBadFilesAreRefusedWhole()
    {
        app.Database.RequireAvailable();
        using var clerk = await OAuthFlows.SignedInBrowserAsync(app, "chuyenvien.vpubnd");
        using var leader = await OAuthFlows.SignedInBrowserAsync(app, "lanhdao.vpubnd");
        using var otherAgency = await OAuthFlows.SignedInBrowserAsync(app, "chuyenvien.stnmt");
        using var otherLeader = await OAuthFlows.SignedInBrowserAsync(app, "lanhdao.stnmt");

        var entered = await PostJsonAsync(clerk, "/api/indicators/values", new
        {
            rows = new[]
            {
                new { framework = "766", indicator = "1.1", unit = "49", period = "2025-Q1", value = "90", evidence = "Báo cáo 12/BC-VP ngày 05/4/2025" },
                new { framework = "766", indicator = "1.4", unit = "49", period = "2025-Q1", value = "100", evidence = "Báo cáo 12/BC-VP ngày 05/4/2025" },
            },
        }, HttpStatusCode.OK);
        var before = await SendAsync(leader, new HttpRequestMessage(HttpMethod.Get, Q1), HttpStatusCode.OK);
        var values = entered.EnumerateArray().Select(v => new { id = v.GetProperty("id").GetGuid(), value = v.GetProperty("value").GetDecimal() }).ToArray();
        await PostJsonAsync(clerk, "/api/indicators/values/approve", new { values }, HttpStatusCode.Forbidden);
        await PostJsonAsync(otherLeader, "/api/indicators/values/approve", new { values }, HttpStatusCode.Forbidden);
        // Entered again (92) after the leader read 90: approving what was read is refused; then approved as it is.
        await PostJsonAsync(clerk, "/api/indicators/values", new
        {
            rows = new[] { new { framework = "766", indicator = "1.1", unit = "49", period = "2025-Q1", value = "92", evidence = "Báo cáo 12/BC-VP ngày 05/4/2025 (sửa)" } },
        }, HttpStatusCode.OK);
        var stale = await PostJsonAsync(leader, "/api/indicators/values/approve", new { values }, HttpStatusCode.Conflict);
        Assert.Contains("92", stale.GetProperty("detail").GetString(), StringComparison.Ordinal);
        values[0] = values[0] with { value = 92m };
        var approved = await PostJsonAsync(leader, "/api/indicators/values/approve", new { values }, HttpStatusCode.OK);
        var after = await SendAsync(leader, new HttpRequestMessage(HttpMethod.Get, Q1), HttpStatusCode.OK);

        Assert.Null(Score(before, "1.1"));
        Assert.All(approved.EnumerateArray(), v => Assert.Equal("approved", v.GetProperty("status").GetString()));
        Assert.Equal(3.68m, Score(after, "1.1"));
        Assert.Equal(5m, Score(after, "1.4"));
        Assert.Contains("Báo cáo 12/BC-VP", after.GetProperty("groups")[0].GetProperty("indicators")[0].GetProperty("evidence")[0].GetString(),
            StringComparison.Ordinal);

        // A digital-economy input of the DTI: entered by the department of information and communications, scored against its
        // target (500 of 1,000 digital-technology enterprises → half of 50 points); the People's Committee office may not enter it.
        using var ict = await OAuthFlows.SignedInBrowserAsync(app, "chuyenvien.stttt");
        using var ictLeader = await OAuthFlows.SignedInBrowserAsync(app, "lanhdao.stttt");
        var dtiRow = new { rows = new[] { new { framework = "dti", indicator = "8.3", unit = "49", period = "2025-Q1", value = "500", evidence = "Niên giám thống kê 2025" } } };
        await PostJsonAsync(clerk, "/api/indicators/values", dtiRow, HttpStatusCode.Forbidden);
        var dtiValue = await PostJsonAsync(ict, "/api/indicators/values", dtiRow, HttpStatusCode.OK);
        await PostJsonAsync(ictLeader, "/api/indicators/values/approve", new { values = new[] { new { id = dtiValue[0].GetProperty("id").GetGuid(), value = 500m } } },
            HttpStatusCode.OK);
        // A leader does not approve a value they entered; nor is a value entered for an agency outside the city (the Government Office).
        var own = await PostJsonAsync(ictLeader, "/api/indicators/values", new { rows = new[] { new { framework = "dti", indicator = "8.2", unit = "49", period = "2025-Q1", value = "30", evidence = "Khảo sát doanh nghiệp 2025" } } }, HttpStatusCode.OK);
        await PostJsonAsync(ictLeader, "/api/indicators/values/approve", new { values = new[] { new { id = own[0].GetProperty("id").GetGuid(), value = 30m } } }, HttpStatusCode.Forbidden);
        await PostJsonAsync(ict, "/api/indicators/values", new { rows = new[] { new { framework = "dti", indicator = "8.2", unit = "000.00.00.G22", period = "2025-Q1", value = "30", evidence = "Khảo sát" } } }, HttpStatusCode.Forbidden);
        var dti = await SendAsync(leader, new HttpRequestMessage(HttpMethod.Get, "/api/indicators/dti?unit=49&from=2025-01-01&to=2025-03-31"), HttpStatusCode.OK);
        Assert.Equal(25m, Score(dti, "8.3"));

        // A file with four bad rows among good ones: refused whole, the reasons by line, nothing saved.
        var listed = (await otherLeader.GetFromJsonAsync<JsonElement>("/api/indicators/values", Ct)).GetArrayLength();
        var csv = """
            bo_chi_so;ma_chi_so;ma_don_vi;ky;gia_tri;minh_chung
            766;1.2;49;2025-Q1;95,5;Báo cáo 12/BC-VP
            766;1.2;99999;2025-Q1;80;Báo cáo 12/BC-VP
            766;1.3;49;2025-Q1;120;Báo cáo 12/BC-VP
            766;1.3;49;2025-Q5;80;Báo cáo 12/BC-VP
            766;5.2;49;2025-Q1;80;
            766;2.1;49;2025-Q1;80;Báo cáo 12/BC-VP
            766;1.2;49;2025-Q1;96;Báo cáo 12/BC-VP
            """;
        var refused = await ImportAsync(clerk, Encoding.UTF8.GetBytes(csv), "text/csv", "q1.csv", HttpStatusCode.BadRequest);
        var errors = refused.GetProperty("errors");
        Assert.Equal(["dòng 3", "dòng 4", "dòng 5", "dòng 6", "dòng 7", "dòng 8"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains("dòng 2", errors.GetProperty("dòng 8")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("99999", errors.GetProperty("dòng 3")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("ngoài khoảng", errors.GetProperty("dòng 4")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("2025-Q5", errors.GetProperty("dòng 5")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("minh chứng", errors.GetProperty("dòng 6")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("tính từ dữ liệu", errors.GetProperty("dòng 7")[0].GetString(), StringComparison.Ordinal);

        // Another agency's official: 403 for the whole file, nothing saved.
        var good = "framework,indicator,unit,period,value,evidence\n766,1.2,49,2025-Q1,95.5,Báo cáo 12/BC-VP\n";
        var forbidden = await ImportAsync(otherAgency, Encoding.UTF8.GetBytes(good), "text/csv", "q1.csv", HttpStatusCode.Forbidden);
        Assert.Contains("dòng 2", forbidden.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ImportAsync(clerk, Encoding.UTF8.GetBytes(good), "text/plain", "q1.csv", HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(listed, (await otherLeader.GetFromJsonAsync<JsonElement>("/api/indicators/values", Ct)).GetArrayLength());

        // The same values from Excel: accepted, waiting for approval.
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Số liệu");
        string[][] rows = [["bo_chi_so", "ma_chi_so", "ma_don_vi", "ky", "gia_tri", "minh_chung"], ["766", "1.2", "49", "2025-Q1", "", "Báo cáo 12/BC-VP"]];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 1, c + 1).Value = rows[r][c];
            }
        }
        sheet.Cell(2, 5).Value = 95.5;
        using var xlsx = new MemoryStream();
        workbook.SaveAs(xlsx);
        var imported = await ImportAsync(clerk, xlsx.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "q1.xlsx", HttpStatusCode.OK);
        Assert.Equal(95.5m, imported[0].GetProperty("value").GetDecimal());
        Assert.Equal("submitted", imported[0].GetProperty("status").GetString());
        Assert.Equal("q1.xlsx", imported[0].GetProperty("source").GetString());
        await ImportAsync(clerk, Encoding.UTF8.GetBytes("PK\u0003\u0004 not a workbook"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "bad.xlsx", HttpStatusCode.BadRequest);
    }
}

public sealed class SqliteEnteredValuesTests(SqliteApp app) : EnteredValuesTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresEnteredValuesTests(PostgresApp app) : EnteredValuesTests(app), IClassFixture<PostgresApp>;

/// <summary>The same through the page: a value entered with its evidence, a bad one explained, another agency refused, then approved.</summary>
public abstract class ValuesPageTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> PostAsync(HttpClient client, string form, params (string, string)[] fields) =>
        await (await OAuthFlows.PostFormAsync(client, "/chi-so/so-lieu", form, fields)).Content.ReadAsStringAsync(Ct);

    [Fact]
    public async Task Values_AreEnteredAndApproved_OnThePage()
    {
        app.Database.RequireAvailable();
        using var ict = await OAuthFlows.SignedInBrowserAsync(app, "chuyenvien.stttt");
        using var ictLeader = await OAuthFlows.SignedInBrowserAsync(app, "lanhdao.stttt");
        using var other = await OAuthFlows.SignedInBrowserAsync(app, "chuyenvien.stnmt");

        var bad = await PostAsync(ict, "enter", ("Entry.Indicator", "dti|3.1"), ("Entry.Unit", "48"), ("Entry.Period", "2026-Q1"), ("Entry.Value", "nhiều"),
            ("Entry.Evidence", "Báo cáo hạ tầng số quý I/2026"));
        var refused = await PostAsync(other, "enter", ("Entry.Indicator", "dti|3.1"), ("Entry.Unit", "48"), ("Entry.Period", "2026-Q1"), ("Entry.Value", "85"),
            ("Entry.Evidence", "Báo cáo"));
        var entered = await PostAsync(ict, "enter", ("Entry.Indicator", "dti|3.1"), ("Entry.Unit", "48"), ("Entry.Period", "2026-Q1"), ("Entry.Value", "85,5"),
            ("Entry.Evidence", "Báo cáo hạ tầng số quý I/2026"));
        var value = (await ict.GetFromJsonAsync<JsonElement>("/api/indicators/values?framework=dti&unit=48&status=submitted", Ct)).EnumerateArray()
            .Single(v => v.GetProperty("indicator").GetString() == "3.1");
        var approved = await PostAsync(ictLeader, "approve", ("Approval.Choice", $"{value.GetProperty("id").GetGuid()}|85.5"));
        var after = (await ict.GetFromJsonAsync<JsonElement>("/api/indicators/values?framework=dti&unit=48", Ct)).EnumerateArray()
            .Single(v => v.GetProperty("indicator").GetString() == "3.1");

        Assert.Contains("không phải là số", bad, StringComparison.Ordinal);
        Assert.Contains("không chịu trách nhiệm", refused, StringComparison.Ordinal);
        Assert.Contains("Đã gửi số liệu dti 3.1 (48, 2026-Q1)", entered, StringComparison.Ordinal);
        Assert.Equal(85.5m, value.GetProperty("value").GetDecimal());
        Assert.Contains("Đã duyệt số liệu dti 3.1", approved, StringComparison.Ordinal);
        Assert.Equal("approved", after.GetProperty("status").GetString());
    }
}

public sealed class SqliteValuesPageTests(SqliteApp app) : ValuesPageTests(app), IClassFixture<SqliteApp>;
