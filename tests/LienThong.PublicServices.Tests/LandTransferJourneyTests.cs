using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.AgencySystems;
using LienThong.Host.Cli;
using LienThong.Testing;
using LienThong.Trust;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.PublicServices.Tests;

/// <summary>
/// The showcase over HTTP: a citizen files a land-use-right transfer with pre-filled data, a parcel fetched from the land
/// register and a re-used certified contract; the land office accepts and checks it; the information slip goes to the tax
/// system through the gateway and the notice comes back in the same request; the citizen pays online and the payment is
/// confirmed to the tax system; the transfer is registered in the land register; the leader signs; the result is returned,
/// validates, and lands in the citizen's store. Bad paths on the way: other citizens and other agencies get 403, bad files
/// are refused, paying twice is refused.
/// </summary>
public abstract class LandTransferJourneyTests(PortalHost host)
{
    private const string An = "049085001234";
    private const string Binh = "049190005678";
    private const string Password = "LienThong@2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Uri Platform => new(host.Url);

    [Fact]
    public async Task LandTransfer_EndToEnd_ThroughTheGateway_WithTheTaxLegInSeconds()
    {
        host.Database.RequireAvailable();
        await IssueSigningCertificatesAsync();
        AgencySystemsModule.SampleParcel parcel;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            parcel = (await AgencySystemsModule.SampleParcelsAsync(scope.ServiceProvider, 0, 20, Ct)).First(p => p.OwnerId != An);
        }
        using var citizen = await PortalSessions.CitizenAsync(Platform, An, "VNeID@2026", Ct);

        var draft = await ReadAsync(await citizen.PostAsJsonAsync("/api/public-services/my/dossiers", new { procedure = "1.013831" }, Ct), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetString()!;
        Assert.Equal("Nguyễn Văn An", draft.GetProperty("form").GetProperty("fullName").GetString());
        var saved = await ReadAsync(await citizen.PutAsJsonAsync($"/api/public-services/my/dossiers/{id}/form", new Dictionary<string, string>
        {
            ["transferorName"] = parcel.OwnerName, ["transferorId"] = parcel.OwnerId, ["unitCode"] = parcel.UnitCode,
            ["mapSheet"] = parcel.MapSheet.ToString(), ["parcelNumber"] = parcel.Number.ToString(), ["transferPrice"] = "1500000000",
            ["relationship"] = "Không có quan hệ thân nhân",
        }, Ct));
        Assert.Empty(saved.GetProperty("errors").EnumerateObject());

        // Bad files: by content, not by name or declared type; nothing stored.
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(citizen, id, "hop-dong", "hop-dong.pdf", "MZ not a pdf"u8.ToArray())).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(citizen, id, "hop-dong", "rong.pdf", [])).StatusCode);
        var huge = new byte[11 * 1024 * 1024];
        "%PDF-1.7"u8.CopyTo(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await UploadAsync(citizen, id, "hop-dong", "lon.pdf", huge)).StatusCode);

        var fetched = await ReadAsync(await citizen.PostAsync($"/api/public-services/my/dossiers/{id}/components/giay-chung-nhan/fetch", null, Ct));
        Assert.NotNull(fetched.GetProperty("messageId").GetString());
        var documents = await ReadAsync(await citizen.GetAsync("/api/public-services/my/documents", Ct));
        var contract = documents.EnumerateArray().First(d => d.GetProperty("evidenceType").GetString() == "hop-dong-chuyen-nhuong");
        await ReadAsync(await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/components/hop-dong/reuse",
            new { documentId = contract.GetProperty("id").GetString() }, Ct));

        var preview = await ReadAsync(await citizen.GetAsync($"/api/public-services/my/dossiers/{id}/preview", Ct));
        Assert.Empty(preview.GetProperty("errors").EnumerateObject());
        Assert.Equal("000.01.02.H15", preview.GetProperty("agency").GetString()); // ADR 0004: the successor in force today
        var refused = await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/submit", new { consent = false, previewDigest = "x" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var receipt = await ReadAsync(await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/submit",
            new { consent = true, previewDigest = preview.GetProperty("digest").GetString() }, Ct));
        var code = receipt.GetProperty("code").GetString()!;
        Assert.Matches(@"^000\.01\.02\.H15-\d{6}-\d{4}$", code);
        Assert.StartsWith("data:image/png;base64,", receipt.GetProperty("qrCodePng").GetString(), StringComparison.Ordinal);

        // Rights: another citizen, an official of another agency.
        using (var binh = await PortalSessions.CitizenAsync(Platform, Binh, "VNeID@2026", Ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await binh.GetAsync($"/api/public-services/my/dossiers/{id}", Ct)).StatusCode);
        }
        using (var commune = await PortalSessions.OfficialAsync(Platform, "motcua.banthach", Password, Ct))
        {
            var other = await commune.PostAsJsonAsync($"/api/public-services/dossiers/{id}/advance", new { note = "" }, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        }

        using var desk = await PortalSessions.OfficialAsync(Platform, "motcua.vpdkdd", Password, Ct);
        using var specialist = await PortalSessions.OfficialAsync(Platform, "chuyenvien.vpdkdd", Password, Ct);
        using var leader = await PortalSessions.OfficialAsync(Platform, "lanhdao.vpdkdd", Password, Ct);
        var inbox = await ReadAsync(await desk.GetAsync("/api/public-services/inbox", Ct));
        Assert.Contains(inbox.EnumerateArray(), d => d.GetProperty("code").GetString() == code && d.GetProperty("deadline").GetString() == "OnTime");
        Assert.Equal(HttpStatusCode.Forbidden, (await specialist.PostAsJsonAsync($"/api/public-services/dossiers/{id}/advance", new { }, Ct)).StatusCode);
        await ReadAsync(await desk.PostAsJsonAsync($"/api/public-services/dossiers/{id}/advance", new { note = "Hồ sơ đủ thành phần.", step = "tiep-nhan" }, Ct));
        // A second click on the step already done (an old tab) does not act on the next step.
        var stale = await specialist.PostAsJsonAsync($"/api/public-services/dossiers/{id}/advance", new { step = "tiep-nhan" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var taxed = await ReadAsync(await specialist.PostAsJsonAsync($"/api/public-services/dossiers/{id}/advance", new { step = "kiem-tra" }, Ct));
        Assert.Equal("AwaitingPayment", taxed.GetProperty("status").GetString());
        Assert.NotNull(taxed.GetProperty("taxNotice").GetString());
        Assert.True(taxed.GetProperty("amountDue").GetInt64() >= 30_000_000); // 2 % of 1.5 billion, plus the registration fee
        Assert.Equal(JsonValueKind.Null, taxed.GetProperty("due").ValueKind); // the clock stops while the obligations are settled

        // A form of another page cannot make the citizen pay (CSRF); two clicks at once pay once.
        var fromForm = await citizen.PostAsync($"/api/public-services/my/dossiers/{id}/payment", new FormUrlEncodedContent([]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, fromForm.StatusCode);
        var payments = await Task.WhenAll(citizen.PostAsync($"/api/public-services/my/dossiers/{id}/payment", null, Ct),
            citizen.PostAsync($"/api/public-services/my/dossiers/{id}/payment", null, Ct));
        Assert.Contains(payments, p => p.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await citizen.PostAsync($"/api/public-services/my/dossiers/{id}/payment", null, Ct)).StatusCode);
        var registered = await ReadAsync(await specialist.PostAsJsonAsync($"/api/public-services/dossiers/{id}/advance", new { }, Ct));
        Assert.StartsWith("DB ", registered.GetProperty("certificate").GetString(), StringComparison.Ordinal);
        var signed = await ReadAsync(await leader.PostAsJsonAsync($"/api/public-services/dossiers/{id}/advance", new { }, Ct));
        Assert.Equal("ResultReady", signed.GetProperty("status").GetString());
        var returned = await ReadAsync(await desk.PostAsJsonAsync($"/api/public-services/dossiers/{id}/advance", new { }, Ct));
        Assert.Equal("Returned", returned.GetProperty("status").GetString());

        var pdf = await citizen.GetByteArrayAsync($"/api/public-services/my/dossiers/{id}/result", Ct);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var (reports, error) = await scope.ServiceProvider.GetRequiredService<ITrustAdministration>().ValidatePdfAsync(pdf, Ct);
            Assert.Null(error);
            Assert.Equal(2, reports!.Count); // the leader's signature and the agency's seal
            Assert.All(reports, r => Assert.Equal("TOTAL_PASSED", r.Indication));
        }
        var full = await ReadAsync(await citizen.GetAsync($"/api/public-services/my/dossiers/{id}", Ct));
        var legs = full.GetProperty("legs").EnumerateArray().ToList();
        foreach (var leg in new[] { "fetch:giay-chung-nhan", "tax", "payment", "land-register", "signing" })
        {
            Assert.Contains(legs, l => l.GetProperty("leg").GetString() == leg && l.GetProperty("succeeded").GetBoolean());
        }
        Assert.True(legs.Single(l => l.GetProperty("leg").GetString() == "tax").GetProperty("milliseconds").GetDouble() < 10_000);
        var kinds = full.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["prefilled", "received"], kinds.Take(2));
        Assert.Contains("fetched", kinds);
        Assert.Contains("reused", kinds);
        Assert.Contains("accepted", kinds);
        Assert.Contains("paid-online", kinds);
        Assert.Contains("result-issued", kinds);
        Assert.Equal("returned", kinds[^1]);
        var store = await ReadAsync(await citizen.GetAsync("/api/public-services/my/documents", Ct));
        Assert.Contains(store.EnumerateArray(), d => d.GetProperty("sourceDossier").GetString() == code);
        var tracked = await ReadAsync(await citizen.GetAsync("/api/exchange/my-data", Ct));
        Assert.Contains(tracked.EnumerateArray(), e => e.ToString().Contains(code, StringComparison.Ordinal));
        var medians = await ReadAsync(await specialist.GetAsync("/api/public-services/legs?procedure=1.013831", Ct));
        Assert.Contains(medians.EnumerateArray(), m => m.GetProperty("leg").GetString() == "tax" && m.GetProperty("count").GetInt32() >= 1);
    }

    [Fact]
    public async Task ExemptionClaim_IsHeldForATaxOfficer_AndTheFollowUpMovesTheDossierOnceTheNoticeIsIssued()
    {
        host.Database.RequireAvailable();
        AgencySystemsModule.SampleParcel parcel;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            parcel = (await AgencySystemsModule.SampleParcelsAsync(scope.ServiceProvider, 200, 20, Ct)).First(p => p.OwnerId != An);
        }
        using var citizen = await PortalSessions.CitizenAsync(Platform, An, "VNeID@2026", Ct);
        var id = await FileLandTransferAsync(citizen, parcel, 800_000_000, "Cha, mẹ – con (kể cả con nuôi)");
        using var desk = await PortalSessions.OfficialAsync(Platform, "motcua.vpdkdd", Password, Ct);
        using var specialist = await PortalSessions.OfficialAsync(Platform, "chuyenvien.vpdkdd", Password, Ct);
        await ReadAsync(await desk.PostAsJsonAsync($"/api/public-services/dossiers/{id}/advance", new { }, Ct));

        var held = await ReadAsync(await specialist.PostAsJsonAsync($"/api/public-services/dossiers/{id}/advance", new { }, Ct));
        var follow = host.Services.GetRequiredService<LienThong.PublicServices.Dossiers.TaxFollowUp>();
        var movedBeforeReview = await follow.RunOnceAsync(Ct);
        var early = await citizen.PostAsync($"/api/public-services/my/dossiers/{id}/payment", null, Ct);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var notYours = await AgencySystemsModule.ReviewTaxNoticeAsync(scope.ServiceProvider, "TB-khong-co", true, "canbo.thue", null, Ct);
            Assert.NotNull(notYours);
            Assert.Null(await AgencySystemsModule.ReviewTaxNoticeAsync(scope.ServiceProvider, held.GetProperty("taxNotice").GetString()!, true,
                "canbo.thue", "Giấy khai sinh của bên nhận ghi tên cha là bên chuyển nhượng.", Ct));
        }
        await follow.RunOnceAsync(Ct);
        var issued = await ReadAsync(await citizen.GetAsync($"/api/public-services/my/dossiers/{id}", Ct));

        Assert.Equal("AwaitingTax", held.GetProperty("status").GetString());
        Assert.Equal(0, movedBeforeReview);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode); // nothing to pay until the notice is issued
        Assert.Equal("AwaitingPayment", issued.GetProperty("status").GetString());
        var history = issued.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("detail").GetString() ?? "").ToList();
        Assert.Contains(history, d => d.Contains("giữ phiếu để xem xét", StringComparison.Ordinal));
        Assert.Contains(history, d => d.Contains("thuế thu nhập cá nhân 0 đồng", StringComparison.Ordinal)
            && d.Contains("chấp nhận miễn thuế TNCN", StringComparison.Ordinal));
        var legs = issued.GetProperty("legs").EnumerateArray().Select(l => l.GetProperty("leg").GetString()).ToList();
        Assert.Contains("tax-slip", legs);
        Assert.Contains("tax", legs);
    }

    /// <summary>A land transfer filed through the API: form, parcel fetched from the land register, contract re-used, submitted.</summary>
    private static async Task<string> FileLandTransferAsync(HttpClient citizen, AgencySystemsModule.SampleParcel parcel, long price, string relationship)
    {
        var draft = await ReadAsync(await citizen.PostAsJsonAsync("/api/public-services/my/dossiers", new { procedure = "1.013831" }, Ct), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetString()!;
        await ReadAsync(await citizen.PutAsJsonAsync($"/api/public-services/my/dossiers/{id}/form", new Dictionary<string, string>
        {
            ["transferorName"] = parcel.OwnerName, ["transferorId"] = parcel.OwnerId, ["unitCode"] = parcel.UnitCode,
            ["mapSheet"] = parcel.MapSheet.ToString(), ["parcelNumber"] = parcel.Number.ToString(), ["transferPrice"] = price.ToString(),
            ["relationship"] = relationship,
        }, Ct));
        await ReadAsync(await citizen.PostAsync($"/api/public-services/my/dossiers/{id}/components/giay-chung-nhan/fetch", null, Ct));
        var documents = await ReadAsync(await citizen.GetAsync("/api/public-services/my/documents", Ct));
        await ReadAsync(await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/components/hop-dong/reuse", new
        {
            documentId = documents.EnumerateArray().First(d => d.GetProperty("evidenceType").GetString() == "hop-dong-chuyen-nhuong").GetProperty("id").GetString(),
        }, Ct));
        var preview = await ReadAsync(await citizen.GetAsync($"/api/public-services/my/dossiers/{id}/preview", Ct));
        await ReadAsync(await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/submit",
            new { consent = true, previewDigest = preview.GetProperty("digest").GetString() }, Ct));
        return id;
    }

    [Fact]
    public async Task Simulation_DrivesWholeDossiers_AndReportsEveryLeg()
    {
        host.Database.RequireAvailable();
        await IssueSigningCertificatesAsync();
        IReadOnlyList<AgencySystemsModule.SampleParcel> parcels;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            parcels = await AgencySystemsModule.SampleParcelsAsync(scope.ServiceProvider, 100, 3, Ct);
        }
        using var progress = new StringWriter();

        var report = await new DossierSimulation(Platform, progress).RunAsync(parcels, 2, Ct);

        Assert.True(report.Failed == 0, string.Join("\n", report.Errors));
        Assert.Equal(3, report.Completed);
        Assert.Contains(report.Legs, l => l.Name == "tax" && l.Count == 3 && l.MedianMilliseconds > 0);
        Assert.Contains(report.Steps, s => s.Name == "check-and-tax" && s.Count == 3);
        Assert.Contains("3/3", progress.ToString(), StringComparison.Ordinal);
        Assert.Contains("tax", DossierSimulation.Format(report), StringComparison.Ordinal);
    }

    private async Task IssueSigningCertificatesAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var trust = scope.ServiceProvider.GetRequiredService<ITrustAdministration>();
        Assert.Null((await trust.IssueAsync("official", "lanhdao.vpdkdd", Ct)).Error);
        Assert.Null((await trust.IssueAsync("seal", "000.01.02.H15", Ct)).Error);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string id, string component, string name, byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return client.PutAsync($"/api/public-services/my/dossiers/{id}/components/{component}?name={Uri.EscapeDataString(name)}", body, Ct);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

public sealed class SqlitePortalHost() : PortalHost(new SqliteTestDatabase());

public sealed class PostgresPortalHost() : PortalHost(new PostgresTestDatabase());

public sealed class SqliteLandTransferJourneyTests(SqlitePortalHost host) : LandTransferJourneyTests(host), IClassFixture<SqlitePortalHost>;

public sealed class PostgresLandTransferJourneyTests(PostgresPortalHost host) : LandTransferJourneyTests(host), IClassFixture<PostgresPortalHost>;
