using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Identity.Clients;
using LienThong.Identity.Seed;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LienThong.Identity.Tests;

/// <summary>The OpenID Connect / OAuth 2 server over real HTTP; on SQLite and PostgreSQL.</summary>
public abstract class OAuthServerTests
{
    private readonly LienThongApp app;
    private readonly HttpClient client;

    protected OAuthServerTests(LienThongApp app)
    {
        app.Database.RequireAvailable();
        this.app = app;
        client = app.CreateClient();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IssuedSecret> NewAgencyClientAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (secret, error) = await scope.ServiceProvider.GetRequiredService<IAgencyClients>()
            .AddAsync($"VN-QNA/GOV/000.00.02.H47/T{Guid.NewGuid():N}"[..40], "Hệ thống thử", Ct);
        Assert.True(secret is not null, error);
        return secret;
    }

    [Fact]
    public async Task Discovery_AdvertisesCodeWithS256_ClientCredentials_AndJwks()
    {
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration", Ct);

        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("client_credentials", grants);
        Assert.Contains("refresh_token", grants);
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        Assert.EndsWith("/.well-known/jwks", discovery.GetProperty("jwks_uri").GetString(), StringComparison.Ordinal);
        Assert.True(discovery.TryGetProperty("introspection_endpoint", out _));
        Assert.True(discovery.TryGetProperty("revocation_endpoint", out _));
    }

    [Fact]
    public async Task ClientCredentials_GiveASignedJwt_ThatTheJwksVerifies_AndTheApiAccepts()
    {
        var agency = await NewAgencyClientAsync();

        var token = (await OAuthFlows.ClientCredentialsAsync(client, agency.ClientId, agency.ClientSecret)).GetProperty("access_token").GetString()!;
        var jwks = new JsonWebKeySet(await client.GetStringAsync("/.well-known/jwks", Ct));
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidateIssuer = false,
            ValidAudience = IdentityModule.ApiAudience,
        });
        var me = await OAuthFlows.GetWithTokenAsync(client, "/api/identity/me", token);

        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal(agency.ClientId, validation.Claims["sub"]);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(agency.ClientId, (await me.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("subsystem").GetString());
    }

    [Fact]
    public async Task WrongClientSecret_IsInvalidClient()
    {
        var agency = await NewAgencyClientAsync();

        // RFC 6749 §5.2: invalid_client, with 401.
        var error = await OAuthFlows.ClientCredentialsAsync(client, agency.ClientId, "not-the-secret", HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_client", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task TamperedToken_Is401()
    {
        var agency = await NewAgencyClientAsync();
        var token = (await OAuthFlows.ClientCredentialsAsync(client, agency.ClientId, agency.ClientSecret)).GetProperty("access_token").GetString()!;
        var parts = token.Split('.');
        // Claim to be another subsystem, keep the original signature.
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace(agency.ClientId, IdentitySeeder.PlatformSubsystem, StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        var response = await OAuthFlows.GetWithTokenAsync(client, "/api/identity/me", forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task NoToken_Is401()
    {
        var response = await client.GetAsync("/api/identity/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RotatedSecret_TheOldOneStillWorksDuringTheGracePeriod()
    {
        var agency = await NewAgencyClientAsync();
        await using var scope = app.Services.CreateAsyncScope();

        var rotated = await scope.ServiceProvider.GetRequiredService<IAgencyClients>().RotateAsync(agency.ClientId, Ct);

        await OAuthFlows.ClientCredentialsAsync(client, agency.ClientId, rotated!.ClientSecret);
        await OAuthFlows.ClientCredentialsAsync(client, agency.ClientId, agency.ClientSecret);
        Assert.NotEqual(agency.ClientSecret, rotated.ClientSecret);
    }

    [Fact]
    public async Task DisabledClient_GetsNoToken()
    {
        var agency = await NewAgencyClientAsync();
        await using var scope = app.Services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<IAgencyClients>().SetDisabledAsync(agency.ClientId, true, Ct);
        var error = await OAuthFlows.ClientCredentialsAsync(client, agency.ClientId, agency.ClientSecret, HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_client", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task RevokedAccessToken_IsRefusedAtOnce()
    {
        var agency = await NewAgencyClientAsync();
        var token = (await OAuthFlows.ClientCredentialsAsync(client, agency.ClientId, agency.ClientSecret)).GetProperty("access_token").GetString()!;
        // Used first, so that it is remembered (ValidatedTokenCache) — the revocation must still win at once.
        var before = await OAuthFlows.GetWithTokenAsync(client, "/api/identity/me", token);

        var revoke = await client.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["client_id"] = agency.ClientId,
            ["client_secret"] = agency.ClientSecret,
        }), Ct);
        var after = await OAuthFlows.GetWithTokenAsync(client, "/api/identity/me", token);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Official_SignsInWithCodeAndPkce_AndTheTokenCarriesRolesAndAgency()
    {
        var clientId = await OAuthFlows.RegisterPublicClientAsync(app);

        var tokens = await OAuthFlows.SignInWithCodeAsync(app, clientId, "lanhdao.ubndtinh", DemoAccounts.Password);
        var me = await OAuthFlows.GetWithTokenAsync(client, "/api/identity/me", tokens.GetProperty("access_token").GetString()!);
        var caller = await me.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("Lê Văn Dũng", caller.GetProperty("name").GetString());
        Assert.Equal("000.00.00.H47", caller.GetProperty("agency").GetString());
        Assert.Contains("leader", caller.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(tokens.TryGetProperty("id_token", out _));
    }

    [Fact]
    public async Task RefreshToken_GivesANewAccessToken()
    {
        var clientId = await OAuthFlows.RegisterPublicClientAsync(app);
        var tokens = await OAuthFlows.SignInWithCodeAsync(app, clientId, "chuyenvien.stnmt", DemoAccounts.Password);

        var refreshed = await OAuthFlows.TokenAsync(client, new()
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
            ["client_id"] = clientId,
        }, HttpStatusCode.OK);

        Assert.NotEqual(tokens.GetProperty("access_token").GetString(), refreshed.GetProperty("access_token").GetString());
    }

    [Fact]
    public async Task AuthorizeRequest_WithoutPkce_IsRefused()
    {
        var clientId = await OAuthFlows.RegisterPublicClientAsync(app);
        using var browser = OAuthFlows.Browser(app);

        var response = await browser.GetAsync($"/connect/authorize?response_type=code&client_id={clientId}" +
            $"&redirect_uri={Uri.EscapeDataString(OAuthFlows.RedirectUri)}&scope=openid", Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Không thể đăng nhập", body, StringComparison.Ordinal);
        Assert.Contains("invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("code_challenge", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthorizeRequest_ToAnUnregisteredRedirectUri_IsRefused_WithoutRedirecting()
    {
        var clientId = await OAuthFlows.RegisterPublicClientAsync(app);
        using var browser = OAuthFlows.Browser(app);

        var response = await browser.GetAsync($"/connect/authorize?response_type=code&client_id={clientId}" +
            $"&redirect_uri={Uri.EscapeDataString("https://evil.example/steal")}&scope=openid&code_challenge=abc&code_challenge_method=S256", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("Không thể đăng nhập", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_DoesNotFollowAnExternalReturnUrl()
    {
        using var browser = OAuthFlows.Browser(app);

        var response = await OAuthFlows.SubmitLoginAsync(browser, "/dang-nhap?ReturnUrl=" + Uri.EscapeDataString("//evil.example/"),
            "vanthu.ubndtinh", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri("http://localhost/"), new Uri(new Uri("http://localhost/dang-nhap"), response.Headers.Location!));
    }

    [Fact]
    public async Task OperatorsOnlyEndpoint_RefusesOtherRoles_AndAcceptsAnOperator()
    {
        var clientId = await OAuthFlows.RegisterPublicClientAsync(app);
        var leader = await OAuthFlows.SignInWithCodeAsync(app, clientId, "lanhdao.ubndtinh", DemoAccounts.Password);
        var operatorTokens = await OAuthFlows.SignInWithCodeAsync(app, clientId, "vanhanh.stttt", DemoAccounts.Password, OAuthFlows.OperatorTotpKey);

        var refused = await OAuthFlows.GetWithTokenAsync(client, "/api/identity/clients", leader.GetProperty("access_token").GetString()!);
        var allowed = await OAuthFlows.GetWithTokenAsync(client, "/api/identity/clients", operatorTokens.GetProperty("access_token").GetString()!);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains(IdentitySeeder.PlatformSubsystem, await allowed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}

public sealed class OAuthServerSqliteTests(SqliteApp app) : OAuthServerTests(app), IClassFixture<SqliteApp>;

public sealed class OAuthServerPostgresTests(PostgresApp app) : OAuthServerTests(app), IClassFixture<PostgresApp>;
