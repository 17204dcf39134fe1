using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LienThong.Testing;

namespace LienThong.PublicServices.Tests;

/// <summary>Operators add versions of a procedure: checked, the previous version ends the day before, history is not rewritten.</summary>
public abstract class ProcedureVersionTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Version(string validFrom, int timeLimit) => new()
    {
        ["code"] = "1.001612",
        ["name"] = "Đăng ký thành lập doanh nghiệp tư nhân",
        ["field"] = "Thành lập và hoạt động của doanh nghiệp",
        ["level"] = "province",
        ["validFrom"] = validFrom,
        ["competentAgency"] = "Phòng Đăng ký kinh doanh (Sở Tài chính)",
        ["timeLimitDays"] = timeLimit,
        ["timeLimitNote"] = $"{timeLimit:00} ngày làm việc.",
        ["resultType"] = "Giấy chứng nhận đăng ký doanh nghiệp",
        ["fees"] = new JsonArray(new JsonObject { ["name"] = "Lệ phí đăng ký doanh nghiệp", ["amount"] = 50000, ["rule"] = "50.000 đồng/lần", ["basis"] = "Thông tư 47/2019/TT-BTC" }),
        ["components"] = new JsonArray(new JsonObject { ["code"] = "giay-de-nghi", ["name"] = "Giấy đề nghị", ["evidenceType"] = "giay-de-nghi-dkdn", ["source"] = "form", ["required"] = true }),
        ["form"] = new JsonArray(new JsonObject { ["name"] = "enterpriseName", ["label"] = "Tên doanh nghiệp", ["type"] = "text", ["required"] = true }),
        ["steps"] = new JsonArray(
            new JsonObject { ["code"] = "tiep-nhan", ["name"] = "Tiếp nhận", ["agencyRole"] = "one-stop", ["role"] = "one-stop-officer", ["budgetDays"] = 0.5, ["next"] = new JsonArray("tham-dinh") },
            new JsonObject { ["code"] = "tham-dinh", ["name"] = "Thẩm định", ["agencyRole"] = "business-registry", ["role"] = "specialist", ["budgetDays"] = 1.5, ["next"] = new JsonArray() }),
        ["legalBasis"] = new JsonArray("Luật Doanh nghiệp 2020", "Nghị định 168/2025/NĐ-CP (thử nghiệm)"),
    };

    private async Task<JsonElement> AtAsync(HttpClient client, string date) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/public-services/procedures/1.001612?at={date}", Ct)).GetProperty("procedure");

    [Fact]
    public async Task ANewVersion_EndsThePreviousOne_AndTheCatalogueAnswersByDate()
    {
        app.Database.RequireAvailable();
        using var anonymous = app.CreateClient();
        using var clerk = await OAuthFlows.SignedInBrowserAsync(app, "vanthu.ubndtinh");
        using var operatorBrowser = await OAuthFlows.SignedInBrowserAsync(app, "vanhanh.stttt");

        var byAnonymous = await anonymous.PostAsJsonAsync("/api/public-services/procedures", Version("2030-07-01", 2), Ct);
        var byClerk = await clerk.PostAsJsonAsync("/api/public-services/procedures", Version("2030-07-01", 2), Ct);
        var added = await operatorBrowser.PostAsJsonAsync("/api/public-services/procedures", Version("2030-07-01", 2), Ct);
        var again = await operatorBrowser.PostAsJsonAsync("/api/public-services/procedures", Version("2030-07-01", 2), Ct);
        var before = await AtAsync(anonymous, "2030-06-30");
        var after = await AtAsync(anonymous, "2030-07-01");

        Assert.Equal(HttpStatusCode.Unauthorized, byAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("validFrom", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal((3, "2030-06-30"), (before.GetProperty("timeLimitDays").GetInt32(), before.GetProperty("validTo").GetString()));
        Assert.Equal(2, after.GetProperty("timeLimitDays").GetInt32());
    }

    [Fact]
    public async Task AnInconsistentVersion_IsRefused_NamingEachField()
    {
        app.Database.RequireAvailable();
        using var operatorBrowser = await OAuthFlows.SignedInBrowserAsync(app, "vanhanh.stttt");
        var bad = Version("2031-01-01", 1);
        bad["code"] = "1.1612";
        bad["components"]!.AsArray().Add(new JsonObject { ["code"] = "cong-dan", ["name"] = "Giấy tờ", ["evidenceType"] = "cong-dan", ["source"] = "fetch", ["required"] = true });
        bad["steps"]![0]!["next"] = new JsonArray("khong-co");

        var refused = await operatorBrowser.PostAsJsonAsync("/api/public-services/procedures", bad, Ct);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(errors.TryGetProperty("code", out _));
        Assert.Contains("mã dịch vụ", errors.GetProperty("components")[0].GetString(), StringComparison.Ordinal);
        var steps = errors.GetProperty("steps").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(steps, e => e.Contains("\"khong-co\"", StringComparison.Ordinal));
        Assert.Contains(steps, e => e.Contains("vượt thời hạn", StringComparison.Ordinal)); // 2 days of steps for a 1-day limit
    }
}

public sealed class SqliteProcedureVersionTests(SqliteApp app) : ProcedureVersionTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresProcedureVersionTests(PostgresApp app) : ProcedureVersionTests(app), IClassFixture<PostgresApp>;
