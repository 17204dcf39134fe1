using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Testing;

namespace LienThong.Host.Tests;

/// <summary>Health, API description, metrics and error shapes of the running host; SQLite and PostgreSQL.</summary>
public abstract class OperationsTests
{
    private readonly LienThongApp app;
    private readonly HttpClient client;

    protected OperationsTests(LienThongApp app)
    {
        app.Database.RequireAvailable();
        this.app = app;
        client = app.CreateClient();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsHealthy_OnAMigratedDatabase(string path)
    {
        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheRegistryApi()
    {
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/registry/units/{code}", out _));
    }

    [Fact]
    public async Task ApiReferencePage_IsServed_WithItsScriptFromThisHost()
    {
        var html = await client.GetStringAsync("/api-docs/", Ct);
        var script = await client.GetAsync("/api-docs/scalar.js", Ct);

        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Metrics_AreExposedForPrometheus()
    {
        await client.GetAsync("/health/live", Ct);

        var metrics = await client.GetStringAsync("/metrics", Ct);

        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryProblemType_ResolvesToItsDescription()
    {
        var types = await client.GetFromJsonAsync<JsonElement>("/problems", Ct);
        var notFound = await client.GetFromJsonAsync<JsonElement>("/problems/registry/unit-not-found", Ct);

        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("uri").GetString() == "/problems/validation");
        Assert.Equal(404, notFound.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task UnknownApiRoute_ForAnAnonymousCaller_IsA401ProblemInVietnamese()
    {
        // Deny by default: without credentials, nothing is told about which routes exist.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/khong-co");
        request.Headers.Accept.ParseAdd("application/json");

        var response = await client.SendAsync(request, Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("/problems/unauthenticated", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task HomePage_IsInVietnamese_AndLeadsToEachArea()
    {
        var html = await client.GetStringAsync("/", Ct);

        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
        foreach (var link in new[] { "/cong-dich-vu-cong", "/lam-viec", "/quan-tri", "/chi-so", "/don-vi-hanh-chinh" })
        {
            Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnitsPage_ShowsAUnitWithItsParent_OnTheDateAsked()
    {
        var html = await client.GetStringAsync("/don-vi-hanh-chinh?at=2023-12-25&code=20335", Ct);

        Assert.Contains("Phường Tân Thạnh", html, StringComparison.Ordinal);
        Assert.Contains("Thuộc: <a href=\"/don-vi-hanh-chinh?at=2023-12-25&amp;code=502\">Thành phố Tam Kỳ</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_SendTheAntiforgeryCookieWithTheHeaders_SoThatTheirFormsCanBePosted()
    {
        // The home page has no form: the cookie comes from the middleware, before any rendering, not from a form.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("text/html");
        using var browser = app.CreateClient(new() { HandleCookies = false });

        using var response = await browser.SendAsync(request, Ct);

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lienthong.antiforgery=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnitsPage_WithAMalformedDate_SaysSoInVietnamese()
    {
        var html = await client.GetStringAsync("/don-vi-hanh-chinh?at=hom-nay", Ct);

        Assert.Contains("không hợp lệ", html, StringComparison.Ordinal);
    }
}

public sealed class OperationsSqliteTests(SqliteApp app) : OperationsTests(app), IClassFixture<SqliteApp>;

public sealed class OperationsPostgresTests(PostgresApp app) : OperationsTests(app), IClassFixture<PostgresApp>;
