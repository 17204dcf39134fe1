using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.AgencySystems.Persistence;
using LienThong.Exchange.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Exchange.Tests;

/// <summary>The land register through the gateway: the portal reads parcels, the land office registers a transfer, once.</summary>
public sealed class LandRegisterTests(SqliteGatewayHost host) : IClassFixture<SqliteGatewayHost>
{
    private const string Service = "VN-QNA/GOV/000.00.02.H47/CSDLDD/thua-dat";
    private const string Buyer = "049190005678";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThePortalReadsAParcel_TheLandOfficeRegistersItsTransferOnce_OthersAreRefused()
    {
        AgencySystems.Land.Parcel parcel;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var parcels = scope.ServiceProvider.GetRequiredService<LandDbContext>().Parcels;
            Assert.Equal(1_200, await parcels.CountAsync(Ct));
            parcel = await parcels.AsNoTracking().OrderBy(p => p.Id).FirstAsync(p => p.OwnerId != Buyer, Ct);
        }
        var path = $"{Service}/thua-dat/{parcel.UnitCode}/{parcel.MapSheet}/{parcel.Number}";
        using var client = host.CreateClient();
        HttpRequestMessage Transfer(string token, string messageId, string from)
        {
            var request = host.Call(HttpMethod.Post, path + "/chuyen-nhuong", token, subject: parcel.OwnerId);
            request.Headers.Add(ExchangeHeaders.MessageId, messageId);
            request.Content = JsonContent.Create(new { fromOwnerId = from, toOwnerId = Buyer, toOwnerName = "Trần Thị Bình" });
            return request;
        }
        var messageId = Guid.NewGuid().ToString();

        var read = await client.SendAsync(host.Call(HttpMethod.Get, path, host.PortalToken, subject: parcel.OwnerId), Ct);
        var portalTransfer = await client.SendAsync(Transfer(host.PortalToken, Guid.NewGuid().ToString(), parcel.OwnerId), Ct);
        var wrongOwner = await client.SendAsync(Transfer(host.LandOfficeToken, Guid.NewGuid().ToString(), Buyer), Ct);
        var first = await client.SendAsync(Transfer(host.LandOfficeToken, messageId, parcel.OwnerId), Ct);
        var again = await client.SendAsync(Transfer(host.LandOfficeToken, messageId, parcel.OwnerId), Ct);
        var after = await client.SendAsync(host.Call(HttpMethod.Get, path, host.PortalToken, subject: Buyer), Ct);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(parcel.OwnerId, JsonDocument.Parse(await read.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("ownerId").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, portalTransfer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, wrongOwner.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var certificate = JsonDocument.Parse(await first.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("newCertificateNumber").GetString();
        Assert.Equal(certificate, JsonDocument.Parse(await again.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("newCertificateNumber").GetString());
        var now = JsonDocument.Parse(await after.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal((Buyer, certificate), (now.GetProperty("ownerId").GetString(), now.GetProperty("certificateNumber").GetString()));
        await using var check = host.Services.CreateAsyncScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<LandDbContext>().Transfers.CountAsync(t => t.MessageId == messageId, Ct));
    }
}
