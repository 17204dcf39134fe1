using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LienThong.Documents.EdXml;
using LienThong.Testing;

namespace LienThong.Documents.Tests;

/// <summary>Receiving edXML packages: checked, addressed to the agency, de-duplicated, status 01; registered by the clerk with incoming numbers (03).</summary>
public abstract class IncomingTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Package(string number, string to = "000.00.00.H15") => EdXmlWriter.Build(new EdXmlDocument(
        new EdXmlOrganization("000.00.00.G22", "Văn phòng Chính phủ"), [new EdXmlOrganization(to)], number, "VPCP-KSTT", "Hà Nội",
        new DateOnly(2026, 11, 20), "Công văn", "V/v đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình",
        [new EdXmlAttachment("cid:1", $"{number}-VPCP-KSTT.pdf", "application/pdf", null, Encoding.ASCII.GetBytes("%PDF-1.7 …"))],
        Signer: new EdXmlSigner("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "Phó Chủ nhiệm", "Nguyễn Văn B"), Priority: 1));

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] package)
    {
        var content = new ByteArrayContent(package);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        return client.PostAsync("/api/documents/incoming", content, Ct);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Packages_ArriveOnce_AddressedToTheAgency_AndAreRegisteredWithConsecutiveNumbers()
    {
        app.Database.RequireAvailable();
        using var clerk = await OAuthFlows.SignedInBrowserAsync(app, "vanthu.ubndtinh");
        using var specialist = await OAuthFlows.SignedInBrowserAsync(app, "chuyenvien.stnmt");

        var first = await ReadAsync(await PostAsync(clerk, Package("7816")), HttpStatusCode.Created);
        var again = await PostAsync(clerk, Package("7816"));
        var elsewhere = await PostAsync(clerk, Package("7817", to: "000.17.99.H15"));
        var unsafeXml = await PostAsync(clerk, Encoding.UTF8.GetBytes("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><edXML>&e;</edXML>"));
        var notClerk = await PostAsync(specialist, Package("7818", to: "000.00.02.H15"));
        var second = await ReadAsync(await PostAsync(clerk, Package("7819")), HttpStatusCode.Created);
        var registered = await ReadAsync(await clerk.PostAsync($"/api/documents/incoming/{first.GetProperty("id").GetString()}/register", null, Ct));
        var twice = await clerk.PostAsync($"/api/documents/incoming/{first.GetProperty("id").GetString()}/register", null, Ct);
        var next = await ReadAsync(await clerk.PostAsync($"/api/documents/incoming/{second.GetProperty("id").GetString()}/register", null, Ct));
        var register = await ReadAsync(await clerk.GetAsync("/api/documents/registers/incoming", Ct));

        Assert.Equal("01", first.GetProperty("status").GetString());
        Assert.Equal("000.00.00.G22,2026/11/20,7816/VPCP-KSTT", first.GetProperty("documentId").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("trùng văn bản", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unsafeXml.StatusCode);
        Assert.Contains("DTD", await unsafeXml.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, notClerk.StatusCode);
        Assert.Equal(("03", 1), (registered.GetProperty("status").GetString(), registered.GetProperty("arrivalNumber").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(2, next.GetProperty("arrivalNumber").GetInt32());
        Assert.Equal([1, 2], register.EnumerateArray().Select(r => r.GetProperty("arrivalNumber").GetInt32()));
        Assert.Equal("Nguyễn Văn B", register[0].GetProperty("signerFullName").GetString());
    }
}

public sealed class SqliteIncomingTests(SqliteApp app) : IncomingTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresIncomingTests(PostgresApp app) : IncomingTests(app), IClassFixture<PostgresApp>;
