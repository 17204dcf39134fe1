using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Indicators.ServiceQuality;
using LienThong.PublicServices.Contracts;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Indicators.Tests;

/// <summary>
/// Team activities: the ward of Bàn Thạch records what the teams it inherited from the communes merged into it did; an online dossier is linked
/// only with the citizen's consent and only when it exists; another agency gets 403; the totals roll up to the city.
/// </summary>
public abstract class TeamActivityTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string url, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{url} → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Activities_AreRecordedByTheWard_LinkedWithConsent_AndRolledUp()
    {
        app.Database.RequireAvailable();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DossierProjection>().ApplyAsync(
                [new DossierEventDto(0, Guid.NewGuid(), "ACT-0001", "1.001193", DossierEventKinds.Received, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(7)),
                    "000.17.99.H15", "20335", "online", null, null, null)], Ct);
        }
        using var ward = await OAuthFlows.SignedInBrowserAsync(app, "chutich.banthach");
        using var other = await OAuthFlows.SignedInBrowserAsync(app, "chuyenvien.stnmt");

        var teams = await SendAsync(ward, HttpMethod.Get, "/api/indicators/community-teams?unit=20335", null, HttpStatusCode.OK);
        var team = teams[0].GetProperty("id").GetGuid();
        var url = $"/api/indicators/community-teams/{team}/activities";
        await SendAsync(ward, HttpMethod.Post, url, new { on = "2026-11-03", kind = "households", count = 12, note = "Hướng dẫn cài VNeID" }, HttpStatusCode.OK);
        await SendAsync(ward, HttpMethod.Post, url, new { on = "2026-11-03", kind = "vneid", count = 7 }, HttpStatusCode.OK);
        var linked = await SendAsync(ward, HttpMethod.Post, url,
            new { on = "2026-11-02", kind = "online-dossiers", count = 1, dossierCode = "ACT-0001", citizenConsented = true }, HttpStatusCode.OK);
        var noConsent = await SendAsync(ward, HttpMethod.Post, url,
            new { on = "2026-11-02", kind = "online-dossiers", count = 1, dossierCode = "ACT-0001", citizenConsented = false }, HttpStatusCode.BadRequest);
        var unknown = await SendAsync(ward, HttpMethod.Post, url,
            new { on = "2026-11-02", kind = "online-dossiers", count = 1, dossierCode = "KHONG-CO", citizenConsented = true }, HttpStatusCode.BadRequest);
        var bad = await SendAsync(ward, HttpMethod.Post, url, new { on = "2099-01-01", kind = "dance", count = 0 }, HttpStatusCode.BadRequest);
        await SendAsync(other, HttpMethod.Post, url, new { on = "2026-11-03", kind = "households", count = 1 }, HttpStatusCode.Forbidden);
        await SendAsync(ward, HttpMethod.Post, $"/api/indicators/community-teams/{Guid.NewGuid()}/activities", new { on = "2026-11-03", kind = "households", count = 1 },
            HttpStatusCode.NotFound);
        var wardReport = await SendAsync(ward, HttpMethod.Get, "/api/indicators/community-teams/activity?unit=20335&from=2026-11-01&to=2026-11-30", null, HttpStatusCode.OK);
        var city = await SendAsync(ward, HttpMethod.Get, "/api/indicators/community-teams/activity?unit=48&from=2026-11-01&to=2026-11-30", null, HttpStatusCode.OK);
        var october = await SendAsync(ward, HttpMethod.Get, "/api/indicators/community-teams/activity?unit=20335&from=2026-10-01&to=2026-10-31", null, HttpStatusCode.OK);

        // Bàn Thạch took in Tân Thạnh (20335) and two more communes on 1/7/2025: their fifteen teams are its own now.
        Assert.Equal(["20335", "20362", "20375"], teams.EnumerateArray().Select(t => t.GetProperty("unit").GetString()).Distinct().Order());
        Assert.Equal(15, teams.GetArrayLength());
        Assert.Equal("ACT-0001", linked.GetProperty("dossierCode").GetString());
        Assert.True(noConsent.GetProperty("errors").TryGetProperty("citizenConsented", out _));
        Assert.True(unknown.GetProperty("errors").TryGetProperty("dossierCode", out _));
        Assert.Equal(["count", "kind", "on"], bad.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal((12, 7, 1, 1, 1), (wardReport.GetProperty("households").GetInt32(), wardReport.GetProperty("vneidActivations").GetInt32(),
            wardReport.GetProperty("onlineDossiers").GetInt32(), wardReport.GetProperty("linkedDossiers").GetInt32(), wardReport.GetProperty("teamsActive").GetInt32()));
        Assert.Equal(12, city.GetProperty("households").GetInt32());
        Assert.Equal(0, october.GetProperty("households").GetInt32());
    }
}

/// <summary>The ward records an activity from the page; consent is required to link a dossier; a department has no form.</summary>
public abstract class TeamActivityPageTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ward_RecordsAnActivity_OnThePage()
    {
        app.Database.RequireAvailable();
        using var ward = await OAuthFlows.SignedInBrowserAsync(app, "chutich.banthach");
        using var department = await OAuthFlows.SignedInBrowserAsync(app, "chuyenvien.stnmt");
        var team = (await ward.GetFromJsonAsync<JsonElement>("/api/indicators/community-teams?unit=20335", Ct))[0].GetProperty("id").GetString()!;
        var today = LienThong.BuildingBlocks.Time.VietnamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var page = await ward.GetStringAsync("/chi-so/to-cong-nghe", Ct);
        var recorded = await (await OAuthFlows.PostFormAsync(ward, "/chi-so/to-cong-nghe", "activity", ("Activity.Team", team), ("Activity.On", today),
            ("Activity.Kind", "households"), ("Activity.Count", "5"))).Content.ReadAsStringAsync(Ct);
        var noConsent = await (await OAuthFlows.PostFormAsync(ward, "/chi-so/to-cong-nghe", "activity", ("Activity.Team", team), ("Activity.On", today),
            ("Activity.Kind", "online-dossiers"), ("Activity.Count", "1"), ("Activity.DossierCode", "ABC-1"))).Content.ReadAsStringAsync(Ct);
        var elsewhere = await department.GetStringAsync("/chi-so/to-cong-nghe", Ct);

        Assert.Contains("phường Bàn Thạch: 15 tổ", page, StringComparison.Ordinal);
        Assert.Contains("Đã ghi nhận 5 lượt hộ gia đình được hướng dẫn", recorded, StringComparison.Ordinal);
        Assert.Contains("khi công dân đồng ý", noConsent, StringComparison.Ordinal);
        Assert.Contains("không thuộc Ủy ban nhân dân xã, phường", elsewhere, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"activity-form\"", elsewhere, StringComparison.Ordinal);
    }
}

public sealed class SqliteTeamActivityPageTests(SqliteApp app) : TeamActivityPageTests(app), IClassFixture<SqliteApp>;

public sealed class SqliteTeamActivityTests(SqliteApp app) : TeamActivityTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresTeamActivityTests(PostgresApp app) : TeamActivityTests(app), IClassFixture<PostgresApp>;
