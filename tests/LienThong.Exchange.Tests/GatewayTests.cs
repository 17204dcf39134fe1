using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LienThong.Exchange.Contracts;
using LienThong.Exchange.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Exchange.Tests;

/// <summary>The call through the gateway over real HTTP: the good path, every refusal, provider failures, the log and the tracker.</summary>
public abstract class GatewayTests(GatewayHost host)
{
    private const string Resident = "049085001234"; // Nguyễn Văn An, a VNeID citizen and resident of the population register
    private const string OtherResident = "049190005678";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        host.Database.RequireAvailable();
        using var client = host.CreateClient();
        using (request)
        {
            return await client.SendAsync(request, Ct);
        }
    }

    private static async Task<string> ProblemTypeOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("type").GetString()!;

    [Fact]
    public async Task GrantedConsumer_GetsThePerson_WithMessageIdAndRequestHash_AndTheExchangeIsLoggedForTheSubject()
    {
        var messageId = Guid.NewGuid().ToString();
        var request = host.Call(HttpMethod.Get, $"{GatewayHost.Population}/cong-dan/{Resident}", host.PortalToken, subject: Resident);
        request.Headers.Add(ExchangeHeaders.MessageId, messageId);

        var response = await SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var person = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("Nguyễn Văn An", person.GetProperty("fullName").GetString());
        Assert.NotEmpty(person.GetProperty("permanentAddress").GetProperty("unitName").GetString()!);
        Assert.Equal(messageId, response.Headers.GetValues(ExchangeHeaders.MessageId).Single());
        // SHA-256 over method, path, purpose headers and (empty) body, as the README states it.
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"GET\n/cong-dan/{Resident}\n1.013831\n000.00.00.H47-261126-0001\nmotcua.vpdkdd\n{Resident}\n")));
        Assert.Equal(expected, response.Headers.GetValues(ExchangeHeaders.RequestHash).Single());
        await using var scope = host.Services.CreateAsyncScope();
        var tracker = scope.ServiceProvider.GetRequiredService<DataTracker>();
        var mine = await tracker.ForAsync(Resident, 100, Ct);
        var entry = Assert.Single(mine, e => e.Service == GatewayHost.Population && e.Outcome == "forwarded");
        Assert.Equal(GatewayHost.Portal, entry.Consumer);
        Assert.Equal("1.013831", entry.Purpose);
        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Nam", entry.ConsumerAgency);
        Assert.DoesNotContain(await tracker.ForAsync(OtherResident, 100, Ct), e => e.Case == entry.Case && e.At == entry.At);
    }

    [Fact]
    public async Task Refusals_HaveStableProblemTypes_AndDeniedAttemptsAreLogged()
    {
        var path = $"{GatewayHost.Population}/cong-dan/{Resident}";

        var noGrant = await SendAsync(host.Call(HttpMethod.Get, path, host.LgspToken, subject: OtherResident));
        var noPurpose = await SendAsync(host.Call(HttpMethod.Get, path, host.PortalToken, purpose: null));
        var otherPurpose = await SendAsync(host.Call(HttpMethod.Get, path, host.PortalToken, purpose: "2.002154"));
        var anonymous = await SendAsync(host.Call(HttpMethod.Get, path, null));
        var badToken = await SendAsync(host.Call(HttpMethod.Get, path, "eyJub3QiOiJhIHRva2VuIn0.e30.c2ln"));
        var unknown = await SendAsync(host.Call(HttpMethod.Get, "VN-QNA/GOV/000.00.00.H47/LGSP/khong-co/x", host.PortalToken));
        var traversal = await SendAsync(host.Call(HttpMethod.Get, $"{GatewayHost.Population}/cong-dan/..%2F..%2Fadmin", host.PortalToken));
        var badSubject = await SendAsync(host.Call(HttpMethod.Get, path, host.PortalToken, subject: "Nguyen Van An"));
        var tooLarge = host.Call(HttpMethod.Post, $"{GatewayHost.DownService}/nhan", host.PortalToken);
        tooLarge.Content = new ByteArrayContent(new byte[8192]);
        var large = await SendAsync(tooLarge);

        Assert.Equal((HttpStatusCode.Forbidden, "/problems/exchange/access-denied"), (noGrant.StatusCode, await ProblemTypeOf(noGrant)));
        Assert.Equal((HttpStatusCode.Forbidden, "/problems/exchange/purpose-not-allowed"), (noPurpose.StatusCode, await ProblemTypeOf(noPurpose)));
        Assert.Contains("2.002154", await otherPurpose.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, otherPurpose.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, badToken.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "/problems/exchange/unknown-service"), (unknown.StatusCode, await ProblemTypeOf(unknown)));
        Assert.Equal((HttpStatusCode.BadRequest, "/problems/exchange/invalid-request"), (traversal.StatusCode, await ProblemTypeOf(traversal)));
        Assert.Equal(HttpStatusCode.BadRequest, badSubject.StatusCode);
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "/problems/exchange/payload-too-large"), (large.StatusCode, await ProblemTypeOf(large)));
        await using var scope = host.Services.CreateAsyncScope();
        var denied = await scope.ServiceProvider.GetRequiredService<DataTracker>().ForAsync(OtherResident, 100, Ct);
        Assert.Contains(denied, e => e.Consumer == GatewayHost.Lgsp && e.Outcome == "denied");
    }

    [Fact]
    public async Task ProviderDownIs502_ProviderSilentIs504_BothLogged()
    {
        var down = await SendAsync(host.Call(HttpMethod.Get, $"{GatewayHost.DownService}/x", host.PortalToken, subject: OtherResident));
        var slow = await SendAsync(host.Call(HttpMethod.Get, $"{GatewayHost.SlowService}/x", host.PortalToken, subject: OtherResident));

        Assert.Equal((HttpStatusCode.BadGateway, "/problems/exchange/provider-unavailable"), (down.StatusCode, await ProblemTypeOf(down)));
        Assert.Equal((HttpStatusCode.GatewayTimeout, "/problems/exchange/provider-timeout"), (slow.StatusCode, await ProblemTypeOf(slow)));
        await using var scope = host.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<DataTracker>().ForAsync(OtherResident, 100, Ct);
        Assert.Contains(entries, e => e.Service == GatewayHost.DownService && e.Outcome == "provider-error");
        Assert.Contains(entries, e => e.Service == GatewayHost.SlowService && e.Outcome == "timeout");
    }

    [Fact]
    public async Task AProofOfOneExchange_VerifiesOfflineAgainstTheRoot_AndFailsWhenAltered()
    {
        var messageId = Guid.NewGuid().ToString();
        var request = host.Call(HttpMethod.Get, $"{GatewayHost.Population}/cong-dan/{OtherResident}", host.PortalToken, subject: OtherResident);
        request.Headers.Add(ExchangeHeaders.MessageId, messageId);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(request)).StatusCode);
        // A few exchanges after it, so that the proof carries links.
        for (var i = 0; i < 3; i++)
        {
            await SendAsync(host.Call(HttpMethod.Get, $"{GatewayHost.Population}/cong-dan/{OtherResident}", host.PortalToken, subject: OtherResident));
        }
        await using var scope = host.Services.CreateAsyncScope();
        var exchange = scope.ServiceProvider.GetRequiredService<IExchangeAdministration>();
        var (none, why) = await exchange.ProveAsync(Guid.NewGuid().ToString(), Ct);
        await exchange.CheckpointAsync(Ct);
        var (proof, error) = await exchange.ProveAsync(messageId, Ct);
        using var root = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(
            await scope.ServiceProvider.GetRequiredService<LienThong.Trust.ITrustAdministration>().ExportRootPemAsync(Ct));
        using var strangerKey = RSA.Create(2048);
        using var stranger = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Khác", strangerKey, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Through JSON and back, as the file travels.
        var copy = JsonSerializer.Deserialize<MessageLog.LogProof>(JsonSerializer.Serialize(proof))!;

        Assert.Null(none);
        Assert.Contains("Không có trao đổi", why, StringComparison.Ordinal);
        Assert.Null(error);
        Assert.True(proof!.Links.Count >= 3);
        Assert.Null(MessageLogProofs.Verify(copy, root));
        Assert.NotNull(MessageLogProofs.Verify(copy with { Record = copy.Record with { Purpose = "2.002154" } }, root));
        Assert.NotNull(MessageLogProofs.Verify(copy with { Links = [.. copy.Links.Skip(1)] }, root));
        Assert.NotNull(MessageLogProofs.Verify(copy with { Links = [copy.Links[0] with { FieldsDigest = new string('0', 64) }, .. copy.Links.Skip(1)] }, root));
        Assert.NotNull(MessageLogProofs.Verify(copy, stranger));
    }

    [Fact]
    public async Task AMergedAgencysService_AnswersUnderItsSuccessor_AndTheOldIdentifierPointsToTheNewOne()
    {
        var underSuccessor = await SendAsync(host.Call(HttpMethod.Get, $"VN-QNA/GOV/000.00.38.H47/HOTICH/ho-tich/cong-dan/{OtherResident}",
            host.PortalToken, subject: OtherResident));
        var underOldIdentifier = await SendAsync(host.Call(HttpMethod.Get, $"VN-QNA/GOV/000.00.48.H47/HOTICH/ho-tich/cong-dan/{OtherResident}",
            host.PortalToken, subject: OtherResident));

        Assert.Equal(HttpStatusCode.OK, underSuccessor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, underOldIdentifier.StatusCode);
        Assert.Equal("VN-QNA/GOV/000.00.38.H47/HOTICH/ho-tich", underOldIdentifier.Headers.GetValues("LienThong-Successor-Id").Single());
    }

    [Fact]
    public async Task TheProviderRefusesCallsThatDidNotComeThroughTheGateway()
    {
        host.Database.RequireAvailable();
        using var client = host.CreateClient();

        var direct = await client.GetAsync($"/he-thong/dan-cu/v1/cong-dan/{Resident}", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, direct.StatusCode);
    }

    [Fact]
    public async Task Metaservices_ListClientsMethodsAllowedMethodsAndOpenApi()
    {
        host.Database.RequireAvailable();
        using var client = host.CreateClient();

        var clients = await client.GetFromJsonAsync<JsonElement>("/x/listClients", Ct);
        var methods = await client.GetFromJsonAsync<JsonElement>("/x/VN-QNA/GOV/000.00.00.G01/CSDLQGDC/listMethods", Ct);
        var allowed = await SendAsync(host.Call(HttpMethod.Get, "VN-QNA/GOV/000.00.00.G01/CSDLQGDC/allowedMethods", host.PortalToken));
        var openApi = await client.GetFromJsonAsync<JsonElement>($"/x/{GatewayHost.Population}/openapi.json", Ct);

        Assert.Contains(clients.EnumerateArray(), c => c.GetProperty("id").GetString() == GatewayHost.Portal);
        var method = Assert.Single(methods.EnumerateArray(), m => m.GetProperty("id").GetString() == GatewayHost.Population);
        Assert.Equal((GatewayHost.Population, "v1", true), (method.GetProperty("id").GetString(), method.GetProperty("version").GetString(),
            method.GetProperty("personalData").GetBoolean()));
        var rights = JsonDocument.Parse(await allowed.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Contains("1.013831", rights[0].GetProperty("purposes").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("3.0.3", openApi.GetProperty("openapi").GetString());
    }
}

public sealed class SqliteGatewayTests(SqliteGatewayHost host) : GatewayTests(host), IClassFixture<SqliteGatewayHost>;

public sealed class PostgresGatewayTests(PostgresGatewayHost host) : GatewayTests(host), IClassFixture<PostgresGatewayHost>;

/// <summary>Modules inside the host call through the gateway with the typed client, as one of the platform's subsystems.</summary>
public sealed class ExchangeClientTests(SqliteGatewayHost host) : IClassFixture<SqliteGatewayHost>
{
    [Fact]
    public async Task TheTypedClient_GoesThroughTheGateway_AsThePortal_AndIsLogged()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<IExchangeClient>();

        using var response = await client.SendAsync(new ExchangeCall(GatewayHost.Portal, GatewayHost.Population, HttpMethod.Get, "/cong-dan/049085001234",
            "1.001193", Case: "000.00.00.H47-261126-0042", User: "congdan.demo", Subject: "049085001234"), TestContext.Current.CancellationToken);
        using var second = await client.SendAsync(new ExchangeCall(GatewayHost.Portal, GatewayHost.Population, HttpMethod.Get, "/cong-dan/049190005678",
            "1.001193", Subject: "049190005678"), TestContext.Current.CancellationToken);
        var entries = await scope.ServiceProvider.GetRequiredService<DataTracker>().ForAsync("049085001234", 100, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(response.Headers.Contains(ExchangeHeaders.RequestHash));
        Assert.Contains(entries, e => e.Case == "000.00.00.H47-261126-0042" && e.Consumer == GatewayHost.Portal && e.Outcome == "forwarded");
    }
}
