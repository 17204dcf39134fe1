using System.Net;
using System.Text.Json;
using LienThong.Testing;

namespace LienThong.Indicators.Tests;

/// <summary>
/// Community digital technology teams: the seeded province reads 18/18 district-level units and 241/241 communes covered on
/// 2023-12-25, about 1,200 teams and over 6,200 members, as the province reported; none before the first team; after the
/// 2025 mergers the teams count once under the successor communes; bad queries get problem details.
/// </summary>
public abstract class CommunityTeamCoverageTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> CoverageAsync(HttpClient client, string query, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync("/api/indicators/community-teams/coverage?" + query, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static (int Covered, int Total) Of(JsonElement report, string level) =>
        (report.GetProperty(level).GetProperty("covered").GetInt32(), report.GetProperty(level).GetProperty("total").GetInt32());

    [Fact]
    public async Task Coverage_AtTheEndOf2023_ReadsAsTheProvinceReported()
    {
        app.Database.RequireAvailable();
        using var official = await OAuthFlows.SignedInBrowserAsync(app, "lanhdao.ubndtinh");

        var report = await CoverageAsync(official, "at=2023-12-25");
        var before = await CoverageAsync(official, "at=2022-01-01");
        var merged = await CoverageAsync(official, "at=2025-12-01&province=48");
        var badDate = await CoverageAsync(official, "at=25/12/2023", HttpStatusCode.BadRequest);
        var gone = await CoverageAsync(official, "at=2025-12-01", HttpStatusCode.NotFound);
        using var anonymous = app.CreateClient();
        var unauthenticated = await anonymous.GetAsync("/api/indicators/community-teams/coverage?at=2023-12-25", Ct);

        Assert.Equal((18, 18), Of(report, "districts"));
        Assert.Equal((241, 241), Of(report, "communes"));
        Assert.InRange(report.GetProperty("teams").GetInt32(), 1150, 1250);
        Assert.True(report.GetProperty("members").GetInt32() > 6200, report.ToString());
        Assert.Equal((0, 18), Of(before, "districts"));
        Assert.Equal(0, before.GetProperty("teams").GetInt32());
        // Two-level government: no districts; Quảng Nam's communes merged into fewer, each counted once.
        Assert.Equal(0, Of(merged, "districts").Total);
        Assert.Equal(report.GetProperty("teams").GetInt32(), merged.GetProperty("teams").GetInt32());
        Assert.InRange(Of(merged, "communes").Covered, 1, 240);
        Assert.True(badDate.TryGetProperty("errors", out _));
        Assert.Contains("49", gone.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, unauthenticated.StatusCode);
    }

    [Fact]
    public async Task Page_ShowsTheCoverageOnTheDateAsked_InVietnamese()
    {
        app.Database.RequireAvailable();
        using var official = await OAuthFlows.SignedInBrowserAsync(app, "lanhdao.ubndtinh");
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        var html = await official.GetStringAsync("/chi-so?ngay=2023-12-25", Ct);
        var later = await official.GetStringAsync("/chi-so?ngay=2025-12-01", Ct);
        var bad = await official.GetStringAsync("/chi-so?ngay=hom-nay", Ct);
        var signIn = await anonymous.GetAsync("/chi-so", Ct);

        Assert.Contains("Tỉnh Quảng Nam, ngày 25/12/2023", html, StringComparison.Ordinal);
        Assert.Contains(">18/18</strong>", html, StringComparison.Ordinal);
        Assert.Contains(">241/241</strong>", html, StringComparison.Ordinal);
        Assert.Contains(">1.205</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Thành phố Tam Kỳ", html, StringComparison.Ordinal);
        Assert.Contains("Thành phố Đà Nẵng, ngày 01/12/2025", later, StringComparison.Ordinal);
        Assert.Contains(">78/94</strong>", later, StringComparison.Ordinal);
        Assert.Contains("không hợp lệ", bad, StringComparison.Ordinal);
        Assert.Contains("/dang-nhap", signIn.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }
}

public sealed class SqliteCommunityTeamCoverageTests(SqliteApp app) : CommunityTeamCoverageTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCommunityTeamCoverageTests(PostgresApp app) : CommunityTeamCoverageTests(app), IClassFixture<PostgresApp>;
