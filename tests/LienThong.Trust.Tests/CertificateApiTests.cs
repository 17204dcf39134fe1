using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Testing;

namespace LienThong.Trust.Tests;

/// <summary>The certificate API for platform operators (real tokens with the second factor).</summary>
public sealed class CertificateApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> OperatorAsync()
    {
        var clientId = await OAuthFlows.RegisterPublicClientAsync(app);
        var tokens = await OAuthFlows.SignInWithCodeAsync(app, clientId, "vanhanh.stttt", "LienThong@2026", OAuthFlows.OperatorTotpKey);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());
        return client;
    }

    [Fact]
    public async Task Operator_IssuesRenewsAndRevokes_AndBadRequestsChangeNothing()
    {
        using var client = await OperatorAsync();

        var issued = await client.PostAsJsonAsync("/api/trust/certificates", new { profile = "seal", subject = "000.00.01.H47" }, Ct);
        var seal = await issued.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var serial = seal.GetProperty("serialNumber").GetString()!;
        var renewed = await client.PostAsync($"/api/trust/certificates/{serial}/renew", null, Ct);
        var newSerial = (await renewed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("serialNumber").GetString()!;
        var revoked = await client.PostAsJsonAsync($"/api/trust/certificates/{newSerial}/revoke", new { reason = "keyCompromise" }, Ct);
        var again = await client.PostAsJsonAsync($"/api/trust/certificates/{newSerial}/revoke", new { reason = "keyCompromise" }, Ct);
        var unknown = await client.PostAsJsonAsync("/api/trust/certificates", new { profile = "seal", subject = "999.99.99.H99" }, Ct);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/trust/certificates", Ct);

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal(HttpStatusCode.Created, renewed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("/problems/trust/request-refused", (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var old = list.EnumerateArray().Single(c => c.GetProperty("serialNumber").GetString() == serial);
        Assert.Equal("superseded", old.GetProperty("revocationReason").GetString());
        Assert.DoesNotContain(list.EnumerateArray(), c => c.GetProperty("subject").GetString()!.Contains("999.99.99.H99", StringComparison.Ordinal));
    }
}
