using System.Net;
using System.Text.Json;
using LienThong.AgencySystems.Persistence;
using LienThong.BuildingBlocks.Identifiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Exchange.Tests;

/// <summary>The business register through the gateway, and the tax-code rule it checks.</summary>
public sealed class BusinessRegisterTests(SqliteGatewayHost host) : IClassFixture<SqliteGatewayHost>
{
    private const string Service = "VN-QNA/GOV/000.00.04.H47/DKKD/doanh-nghiep";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("0100233488", true)]
    [InlineData("0100233487", false)]
    [InlineData("0100233488-001", true)]
    [InlineData("0100233488-000", false)]
    [InlineData("01002334", false)]
    [InlineData("01002334A8", false)]
    public void TaxCodes_AreCheckedByTheirCheckDigit(string code, bool valid) => Assert.Equal(valid, TaxCode.IsValid(code));

    [Fact]
    public async Task AnEnterprise_IsFoundByTaxCode_ABadCheckDigitIs400_AnUnknownOneIs404()
    {
        string seeded;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var enterprises = scope.ServiceProvider.GetRequiredService<BusinessDbContext>().Enterprises;
            Assert.Equal(150, await enterprises.CountAsync(Ct));
            Assert.All(await enterprises.Select(e => e.TaxCode).ToListAsync(Ct), code => Assert.True(TaxCode.IsValid(code), code));
            seeded = await enterprises.OrderBy(e => e.TaxCode).Select(e => e.TaxCode).FirstAsync(Ct);
        }
        using var client = host.CreateClient();
        var unknown = "4099999990";
        while (!TaxCode.IsValid(unknown))
        {
            unknown = (long.Parse(unknown, System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var found = await client.SendAsync(host.Call(HttpMethod.Get, $"{Service}/doanh-nghiep/{seeded}", host.PortalToken, purpose: "2.001610"), Ct);
        var badDigit = await client.SendAsync(host.Call(HttpMethod.Get, $"{Service}/doanh-nghiep/{seeded[..9]}{(seeded[9] - '0' + 1) % 10}",
            host.PortalToken, purpose: "2.001610"), Ct);
        var missing = await client.SendAsync(host.Call(HttpMethod.Get, $"{Service}/doanh-nghiep/{unknown}", host.PortalToken, purpose: "2.001610"), Ct);

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var enterprise = JsonDocument.Parse(await found.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(seeded, enterprise.GetProperty("taxCode").GetString());
        Assert.Equal(12, enterprise.GetProperty("legalRepresentative").GetProperty("personalIdNumber").GetString()!.Length);
        Assert.Equal(HttpStatusCode.BadRequest, badDigit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
