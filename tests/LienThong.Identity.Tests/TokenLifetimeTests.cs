using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Identity.Clients;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Identity.Tests;

/// <summary>Expiry and introspection of access tokens (RFC 7662).</summary>
public sealed class TokenLifetimeTests(ShortTokenApp app) : IClassFixture<ShortTokenApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IssuedSecret> ClientAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAgencyClients>()
            .AddAsync($"VN-QNA/GOV/000.00.02.H47/E{Guid.NewGuid():N}"[..40], "Hệ thống thử", Ct)).Secret!;
    }

    private async Task<JsonElement> IntrospectAsync(HttpClient client, IssuedSecret caller, string token)
    {
        var response = await client.PostAsync("/connect/introspect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["client_id"] = caller.ClientId,
            ["client_secret"] = caller.ClientSecret,
        }), Ct);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task ExpiredToken_Is401_AndIntrospectsAsInactive()
    {
        using var client = app.CreateClient();
        var caller = await ClientAsync();
        var token = (await OAuthFlows.ClientCredentialsAsync(client, caller.ClientId, caller.ClientSecret)).GetProperty("access_token").GetString()!;

        var fresh = await IntrospectAsync(client, caller, token);
        // Identity:AccessTokenLifetime is four seconds here; wait it out (no clock skew is allowed).
        await Task.Delay(TimeSpan.FromSeconds(5), Ct);
        var response = await OAuthFlows.GetWithTokenAsync(client, "/api/identity/me", token);
        var expired = await IntrospectAsync(client, caller, token);

        Assert.True(fresh.GetProperty("active").GetBoolean());
        Assert.Equal(caller.ClientId, fresh.GetProperty("sub").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(expired.GetProperty("active").GetBoolean());
    }
}
