using System.Net;
using System.Text;
using System.Text.Json;
using LienThong.AgencySystems.Persistence;
using LienThong.Exchange.Contracts;
using LienThong.Exchange.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Exchange.Tests;

/// <summary>Store-and-forward: acknowledged at once, delivered later, at least once, taking effect once; dead letters after failures.</summary>
public abstract class DeliveryTests(GatewayHost host)
{
    private const string Notifications = "VN-QNA/GOV/000.00.00.G01/CSDLQGDC/thong-bao-bien-dong";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpRequestMessage Notify(string messageId, string service = Notifications, string path = "thong-bao")
    {
        var request = host.Call(HttpMethod.Post, $"{service}/{path}", host.PortalToken, purpose: "1.001193", subject: "049085001234");
        request.Headers.Add(ExchangeHeaders.MessageId, messageId);
        request.Headers.Add("Prefer", "respond-async");
        request.Content = new StringContent("""{"loai":"khai-sinh","tre":"Nguyễn Văn Bé"}""", Encoding.UTF8, "application/json");
        return request;
    }

    private async Task<JsonElement> WaitForStateAsync(HttpClient client, string id, string state)
    {
        for (var i = 0; i < 100; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/x/messages/" + id);
            request.Headers.Authorization = new("Bearer", host.PortalToken);
            var body = JsonDocument.Parse(await (await client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct)).RootElement;
            if (body.GetProperty("state").GetString() == state)
            {
                return body;
            }
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException($"{id} never reached {state}.");
    }

    [Fact]
    public async Task AMessage_IsAcknowledged_DeliveredOnce_EvenWhenHandedOverTwice_AndLoggedOnce()
    {
        host.Database.RequireAvailable();
        using var client = host.CreateClient();
        var id = Guid.NewGuid().ToString();

        var first = await client.SendAsync(Notify(id), Ct);
        var second = await client.SendAsync(Notify(id), Ct);
        var delivered = await WaitForStateAsync(client, id, "delivered");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal("/x/messages/" + id, first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(1, delivered.GetProperty("attempts").GetInt32());
        await using var scope = host.Services.CreateAsyncScope();
        var inbox = await scope.ServiceProvider.GetRequiredService<PopulationDbContext>().Notifications.Where(n => n.MessageId == id).ToListAsync(Ct);
        Assert.Contains("Nguyễn Văn Bé", Assert.Single(inbox).Body, StringComparison.Ordinal);
        var logged = await scope.ServiceProvider.GetRequiredService<ExchangeDbContext>().LogRecords.Where(r => r.MessageId == id).ToListAsync(Ct);
        Assert.Equal(("delivered", 200), (Assert.Single(logged).Outcome, logged[0].Status));
    }

    [Fact]
    public async Task AMessageThatKeepsFailing_GoesToTheDeadLetters()
    {
        host.Database.RequireAvailable();
        using var client = host.CreateClient();
        var id = Guid.NewGuid().ToString();

        var accepted = await client.SendAsync(Notify(id, GatewayHost.DownService, "nhan"), Ct);
        var dead = await WaitForStateAsync(client, id, "dead");

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(2, dead.GetProperty("attempts").GetInt32());
        Assert.False(string.IsNullOrEmpty(dead.GetProperty("lastError").GetString()));
    }
}

public sealed class SqliteDeliveryTests(SqliteGatewayHost host) : DeliveryTests(host), IClassFixture<SqliteGatewayHost>;

public sealed class PostgresDeliveryTests(PostgresGatewayHost host) : DeliveryTests(host), IClassFixture<PostgresGatewayHost>;

/// <summary>A message pending when the host stops is delivered after it restarts, once.</summary>
public abstract class DeliveryRestartTests(GatewayHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APendingMessage_SurvivesARestart_AndIsDeliveredOnce()
    {
        host.Database.RequireAvailable();
        await host.RestartAsync(["--Exchange:DeliveryEnabled", "false"]);
        var id = Guid.NewGuid().ToString();
        using (var client = host.CreateClient())
        {
            var request = host.Call(HttpMethod.Post, "VN-QNA/GOV/000.00.00.G01/CSDLQGDC/thong-bao-bien-dong/thong-bao", host.PortalToken, purpose: "1.001193");
            request.Headers.Add(ExchangeHeaders.MessageId, id);
            request.Headers.Add("Prefer", "respond-async");
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(request, Ct)).StatusCode);
        }
        await Task.Delay(500, Ct);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal("pending", (await scope.ServiceProvider.GetRequiredService<ExchangeDbContext>().Outbox.SingleAsync(m => m.Id == id, Ct)).State);
        }

        await host.RestartAsync([]);
        string state = "";
        for (var i = 0; i < 100 && state != "delivered"; i++)
        {
            await Task.Delay(100, Ct);
            await using var scope = host.Services.CreateAsyncScope();
            state = (await scope.ServiceProvider.GetRequiredService<ExchangeDbContext>().Outbox.SingleAsync(m => m.Id == id, Ct)).State;
        }

        Assert.Equal("delivered", state);
        await using var check = host.Services.CreateAsyncScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<PopulationDbContext>().Notifications.CountAsync(n => n.MessageId == id, Ct));
    }
}

public sealed class SqliteDeliveryRestartTests(SqliteGatewayHost host) : DeliveryRestartTests(host), IClassFixture<SqliteGatewayHost>;

public sealed class PostgresDeliveryRestartTests(PostgresGatewayHost host) : DeliveryRestartTests(host), IClassFixture<PostgresGatewayHost>;
