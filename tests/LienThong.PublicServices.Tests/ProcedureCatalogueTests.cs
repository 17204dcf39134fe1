using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Testing;

namespace LienThong.PublicServices.Tests;

/// <summary>The procedure catalogue over HTTP: search with or without diacritics, one procedure in full, unknown codes.</summary>
public abstract class ProcedureCatalogueTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string[]> SearchAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/public-services/procedures?q=" + Uri.EscapeDataString(query), Ct))
            .EnumerateArray().Select(p => p.GetProperty("code").GetString()!)];

    [Fact]
    public async Task Search_FindsProcedures_WithOrWithoutDiacritics_AndByCode()
    {
        app.Database.RequireAvailable();
        using var client = app.CreateClient();

        Assert.Equal(["1.001193"], await SearchAsync(client, "khai sinh"));
        Assert.Equal(["1.001193"], await SearchAsync(client, "Đăng ký KHAI SINH"));
        Assert.Equal(["1.013831"], await SearchAsync(client, "chuyen nhuong"));
        Assert.Equal(["2.000815"], await SearchAsync(client, "2.000815"));
        Assert.Empty(await SearchAsync(client, "không có thủ tục này"));
        Assert.Equal(4, (await SearchAsync(client, "")).Length);
    }

    [Fact]
    public async Task AProcedure_HasItsComponentsFormStepsFeesAndLegalBasis()
    {
        app.Database.RequireAvailable();
        using var client = app.CreateClient();

        var land = await client.GetFromJsonAsync<JsonElement>("/api/public-services/procedures/1.013831", Ct);
        var definition = land.GetProperty("definition");

        Assert.Equal(10, land.GetProperty("procedure").GetProperty("timeLimitDays").GetInt32());
        Assert.Contains(definition.GetProperty("components").EnumerateArray(), c => c.GetProperty("source").GetString() == "fetch"
            && c.GetProperty("service").GetString() == "VN-QNA/GOV/000.00.02.H47/CSDLDD/thua-dat");
        Assert.Contains(definition.GetProperty("steps").EnumerateArray(), s => s.GetProperty("agencyRole").GetString() == "tax"
            && s.GetProperty("excludedFromLimit").GetBoolean());
        Assert.Contains(definition.GetProperty("legalBasis").EnumerateArray(), b => b.GetString()!.Contains("101/2024/NĐ-CP", StringComparison.Ordinal));
        Assert.All(definition.GetProperty("fees").EnumerateArray(), f => Assert.False(string.IsNullOrEmpty(f.GetProperty("basis").GetString())));
    }

    [Fact]
    public async Task AnUnknownCode_OrADateBeforeTheProcedure_IsAProblem()
    {
        app.Database.RequireAvailable();
        using var client = app.CreateClient();

        var unknown = await client.GetAsync("/api/public-services/procedures/9.999999", Ct);
        var tooEarly = await client.GetAsync("/api/public-services/procedures/1.013831?at=2020-01-01", Ct);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("/problems/public-services/unknown-procedure",
            (await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, tooEarly.StatusCode);
    }

    [Fact]
    public async Task AForm_IsCheckedAgainstTheProcedure_FieldByField()
    {
        app.Database.RequireAvailable();
        using var client = app.CreateClient();
        var valid = new Dictionary<string, string>
        {
            ["childName"] = "Nguyễn Thị Bé", ["childBirthDate"] = "2026-11-20", ["childSex"] = "Nữ", ["birthPlace"] = "Bệnh viện Đa khoa tỉnh Quảng Nam",
            ["declarantName"] = "Nguyễn Văn An", ["declarantId"] = "049085001234", ["relation"] = "Cha",
        };
        var invalid = new Dictionary<string, string>(valid) { ["childBirthDate"] = "20/11/2026", ["childSex"] = "Khác", ["declarantId"] = "12345",
            ["hobby"] = "x" };
        invalid.Remove("childName");

        var ok = await client.PostAsJsonAsync("/api/public-services/procedures/1.001193/check", valid, Ct);
        var refused = await client.PostAsJsonAsync("/api/public-services/procedures/1.001193/check", invalid, Ct);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Họ, chữ đệm và tên của trẻ là bắt buộc.", errors.GetProperty("childName")[0].GetString());
        Assert.Contains("năm-tháng-ngày", errors.GetProperty("childBirthDate")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Nam, Nữ", errors.GetProperty("childSex")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("declarantId", out _));
        Assert.True(errors.TryGetProperty("hobby", out _));
    }
}

public sealed class SqliteProcedureCatalogueTests(SqliteApp app) : ProcedureCatalogueTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresProcedureCatalogueTests(PostgresApp app) : ProcedureCatalogueTests(app), IClassFixture<PostgresApp>;
