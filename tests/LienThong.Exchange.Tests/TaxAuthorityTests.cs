using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Exchange.Contracts;

namespace LienThong.Exchange.Tests;

/// <summary>The tax side of the land ↔ tax hand-off through the gateway: slip → notice (once) → payment.</summary>
public sealed class TaxAuthorityTests(SqliteGatewayHost host) : IClassFixture<SqliteGatewayHost>
{
    private const string Service = "VN-QNA/GOV/000.47.01.G12/QLT/nghia-vu-dat-dai";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASlip_GivesOneNotice_WithTheFeeAndTheIncomeTax_ThenPaymentMarksItPaid()
    {
        using var client = host.CreateClient();
        var messageId = Guid.NewGuid().ToString();
        HttpRequestMessage Slip(string id)
        {
            var request = host.Call(HttpMethod.Post, Service + "/phieu-chuyen-thong-tin", host.LandOfficeToken, subject: "049190005678");
            request.Headers.Add(ExchangeHeaders.MessageId, id);
            request.Content = JsonContent.Create(new
            {
                dossierCode = "000.01.02.H47-261126-0001", slipNumber = "15/PCTT", taxpayerId = "049190005678", taxpayerName = "Trần Thị Bình",
                parcel = new { unitCode = "20335", mapSheet = 12, number = 345, area = 120.5m, purpose = "ODT" },
                transferPrice = 1_500_000_000L, landPricePerSquareMetre = 8_000_000L,
            });
            return request;
        }
        HttpRequestMessage Pay(string number, long amount)
        {
            var request = host.Call(HttpMethod.Post, $"{Service}/thong-bao/{number}/thanh-toan", host.PortalToken);
            request.Content = JsonContent.Create(new { amount, reference = "VNPAY-0001" });
            return request;
        }

        var first = await client.SendAsync(Slip(messageId), Ct);
        var again = await client.SendAsync(Slip(messageId), Ct);
        var notice = JsonDocument.Parse(await first.Content.ReadAsStringAsync(Ct)).RootElement;
        var number = notice.GetProperty("number").GetString()!;
        var tooLittle = await client.SendAsync(Pay(number, 1_000), Ct);
        var paid = await client.SendAsync(Pay(number, notice.GetProperty("total").GetInt64()), Ct);
        var status = await client.SendAsync(host.Call(HttpMethod.Get, $"{Service}/thong-bao/{number}", host.LandOfficeToken), Ct);
        var portalSlip = await client.SendAsync(host.Call(HttpMethod.Post, Service + "/phieu-chuyen-thong-tin", host.PortalToken), Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        // 0.5 % of 120.5 m² × 8,000,000 VND = 4,820,000; 2 % of 1,500,000,000 VND = 30,000,000.
        Assert.Equal((4_820_000L, 30_000_000L, 34_820_000L), (notice.GetProperty("registrationFee").GetInt64(),
            notice.GetProperty("incomeTax").GetInt64(), notice.GetProperty("total").GetInt64()));
        Assert.Equal(number, JsonDocument.Parse(await again.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("number").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLittle.StatusCode);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal("paid", JsonDocument.Parse(await status.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, portalSlip.StatusCode);
    }
}
