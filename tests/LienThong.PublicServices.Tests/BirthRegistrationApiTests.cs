using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Host.Cli;
using LienThong.PublicServices.Contracts;
using LienThong.Testing;
using LienThong.Trust;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.PublicServices.Tests;

/// <summary>
/// Birth registration at the commune of residence over HTTP: the receiving agency follows the 2025 successions, the birth
/// certificate is re-used from the citizen's store, a supplement stops and restarts the clock, the result is signed, the
/// citizen rates; and the bad paths — an incomplete submission, a supplement answered with nothing, a refusal without a
/// reason, acting on an ended dossier, rating twice or out of range. The events reach the indicators' feed.
/// </summary>
public abstract class BirthRegistrationApiTests(PortalHost host)
{
    private const string An = "049085001234";
    private const string Password = "LienThong@2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Uri Platform => new(host.Url);

    private async Task<(HttpClient Citizen, string Id)> DraftAsync()
    {
        var citizen = await PortalSessions.CitizenAsync(Platform, An, "VNeID@2026", Ct);
        var draft = await ReadAsync(await citizen.PostAsJsonAsync("/api/public-services/my/dossiers", new { procedure = "1.001193" }, Ct), HttpStatusCode.Created);
        return (citizen, draft.GetProperty("id").GetString()!);
    }

    private static async Task<string> SubmitCompleteAsync(HttpClient citizen, string id)
    {
        await ReadAsync(await citizen.PutAsJsonAsync($"/api/public-services/my/dossiers/{id}/form", new Dictionary<string, string>
        {
            ["childName"] = "Nguyễn Minh Khang", ["childBirthDate"] = "2026-11-20", ["childSex"] = "Nam",
            ["birthPlace"] = "Bệnh viện Đa khoa Trung ương Quảng Nam", ["relation"] = "Cha",
        }, Ct));
        var documents = await ReadAsync(await citizen.GetAsync("/api/public-services/my/documents", Ct));
        var certificate = documents.EnumerateArray().First(d => d.GetProperty("evidenceType").GetString() == "giay-chung-sinh");
        await ReadAsync(await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/components/giay-chung-sinh/reuse",
            new { documentId = certificate.GetProperty("id").GetString() }, Ct));
        var preview = await ReadAsync(await citizen.GetAsync($"/api/public-services/my/dossiers/{id}/preview", Ct));
        var receipt = await ReadAsync(await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/submit",
            new { consent = true, previewDigest = preview.GetProperty("digest").GetString() }, Ct));
        return receipt.GetProperty("code").GetString()!;
    }

    [Fact]
    public async Task BirthRegistration_AtTheWardOfResidence_WithASupplement_SignedAndRated()
    {
        host.Database.RequireAvailable();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var trust = scope.ServiceProvider.GetRequiredService<ITrustAdministration>();
            Assert.Null((await trust.IssueAsync("official", "chutich.banthach", Ct)).Error);
            Assert.Null((await trust.IssueAsync("seal", "000.17.99.H15", Ct)).Error);
        }
        var (session, id) = await DraftAsync();
        using var citizen = session;

        // Incomplete: errors by field and component; the draft keeps what was typed, even a wrong value.
        var saved = await ReadAsync(await citizen.PutAsJsonAsync($"/api/public-services/my/dossiers/{id}/form",
            new Dictionary<string, string> { ["childBirthDate"] = "20/11/2026" }, Ct));
        Assert.True(saved.GetProperty("errors").TryGetProperty("childBirthDate", out _));
        var kept = await ReadAsync(await citizen.GetAsync($"/api/public-services/my/dossiers/{id}", Ct));
        Assert.Equal("20/11/2026", kept.GetProperty("form").GetProperty("childBirthDate").GetString());
        var early = await ReadAsync(await citizen.GetAsync($"/api/public-services/my/dossiers/{id}/preview", Ct));
        var incomplete = await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/submit",
            new { consent = true, previewDigest = early.GetProperty("digest").GetString() }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var problem = JsonDocument.Parse(await incomplete.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("/problems/public-services/incomplete-dossier", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("giay-chung-sinh", out _));

        var code = await SubmitCompleteAsync(citizen, id);
        Assert.StartsWith("000.17.99.H15-", code, StringComparison.Ordinal); // the People's Committee of Bàn Thạch ward (ADR 0004)

        using var desk = await PortalSessions.OfficialAsync(Platform, "motcua.banthach", Password, Ct);
        using var registrar = await PortalSessions.OfficialAsync(Platform, "tuphap.banthach", Password, Ct);
        using var chairman = await PortalSessions.OfficialAsync(Platform, "chutich.banthach", Password, Ct);
        var advance = $"/api/public-services/dossiers/{id}/advance";
        await ReadAsync(await desk.PostAsJsonAsync(advance, new { }, Ct));
        var noReason = await registrar.PostAsJsonAsync($"/api/public-services/dossiers/{id}/supplement-request", new { reason = " " }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var paused = await ReadAsync(await registrar.PostAsJsonAsync($"/api/public-services/dossiers/{id}/supplement-request",
            new { reason = "Bổ sung giấy chứng nhận kết hôn của cha mẹ để ghi phần khai về người cha." }, Ct));
        Assert.Equal("AwaitingSupplement", paused.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, paused.GetProperty("due").ValueKind);
        var mine = await ReadAsync(await citizen.GetAsync($"/api/public-services/my/dossiers/{id}", Ct));
        Assert.Contains("giấy chứng nhận kết hôn", mine.GetProperty("supplementRequest").GetString(), StringComparison.Ordinal);
        Assert.Equal("Paused", mine.GetProperty("deadline").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await registrar.PostAsJsonAsync(advance, new { }, Ct)).StatusCode);
        var empty = await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/supplement", new { note = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var answered = await ReadAsync(await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/supplement",
            new { note = "Cha mẹ chưa đăng ký kết hôn; đề nghị để trống phần khai về người cha." }, Ct));
        Assert.Equal("Processing", answered.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, answered.GetProperty("due").ValueKind);

        await ReadAsync(await registrar.PostAsJsonAsync(advance, new { note = "Đã ghi vào Sổ đăng ký khai sinh." }, Ct));
        await ReadAsync(await chairman.PostAsJsonAsync(advance, new { }, Ct));
        await ReadAsync(await desk.PostAsJsonAsync(advance, new { }, Ct));
        Assert.Equal(HttpStatusCode.Conflict, (await desk.PostAsJsonAsync(advance, new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/rating", new { score = 6 }, Ct)).StatusCode);
        await ReadAsync(await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/rating", new { score = 5, comment = "Nhanh, không phải đi lại." }, Ct));
        Assert.Equal(HttpStatusCode.Conflict, (await citizen.PostAsJsonAsync($"/api/public-services/my/dossiers/{id}/rating", new { score = 4 }, Ct)).StatusCode);

        await using var feedScope = host.Services.CreateAsyncScope();
        var events = (await feedScope.ServiceProvider.GetRequiredService<IDossierEventFeed>().ReadAsync(0, 10_000, Ct)).Where(e => e.DossierCode == code).ToList();
        Assert.Equal([DossierEventKinds.Prefilled, DossierEventKinds.Received, DossierEventKinds.Reused, DossierEventKinds.Accepted, DossierEventKinds.SupplementRequested,
            DossierEventKinds.SupplementReceived, DossierEventKinds.HandedOver, DossierEventKinds.ResultIssued, DossierEventKinds.Returned,
            DossierEventKinds.Rated], events.Select(e => e.Kind));
        Assert.All(events, e => Assert.Equal("000.17.99.H15", e.Agency));
        Assert.All(events, e => Assert.Equal("20335", e.Unit));
        Assert.True(events.Single(e => e.Kind == DossierEventKinds.Returned).OnTime);
        Assert.Equal(5, events.Single(e => e.Kind == DossierEventKinds.Rated).Score);
        Assert.Equal("online", events[1].Channel);

        // The indicators read the same events: the ward's 766 figures count this dossier, online, on time and satisfied.
        var today = LienThong.BuildingBlocks.Time.VietnamTime.Today(TimeProvider.System);
        foreach (var indicator in new[] { "4.2", "2.1", "5.1", "3.3" })
        {
            var url = $"/api/indicators/service-quality/dossiers?unit=000.17.99.H15&from={today.AddDays(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}&indicator={indicator}&filter=met";
            Assert.True(await MetAsync(chairman, url, code), $"{code} not among the dossiers that meet {indicator}");
        }
        // The citizen's VNeID sign-in counts for the city's digital society (DTI 9.4), as a number, never a list.
        var dti = await chairman.GetFromJsonAsync<JsonElement>($"/api/indicators/dti?unit=48&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}", Ct);
        var signIns = dti.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("code").GetString() == "9.4");
        Assert.True(signIns.GetProperty("value").GetDecimal() >= 1, signIns.ToString());
    }

    /// <summary>Whether a dossier is behind an indicator's figure, reading again for a while (the projection follows the feed).</summary>
    private static async Task<bool> MetAsync(HttpClient official, string url, string code)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var page = await official.GetFromJsonAsync<JsonElement>(url, Ct);
            if (page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("dossierCode").GetString() == code))
            {
                return true;
            }
            await Task.Delay(1000, Ct);
        }
        return false;
    }

    [Fact]
    public async Task Refusal_NeedsAReason_AndEndsTheDossier()
    {
        host.Database.RequireAvailable();
        var (session, id) = await DraftAsync();
        using var citizen = session;
        await SubmitCompleteAsync(citizen, id);
        using var desk = await PortalSessions.OfficialAsync(Platform, "motcua.banthach", Password, Ct);

        var bare = await desk.PostAsJsonAsync($"/api/public-services/dossiers/{id}/refuse", new { }, Ct);
        var refused = await ReadAsync(await desk.PostAsJsonAsync($"/api/public-services/dossiers/{id}/refuse",
            new { reason = "Trẻ đã được đăng ký khai sinh tại nơi khác (Luật Hộ tịch 2014, Điều 13)." }, Ct));
        var after = await desk.PostAsJsonAsync($"/api/public-services/dossiers/{id}/advance", new { }, Ct);
        var edit = await citizen.PutAsJsonAsync($"/api/public-services/my/dossiers/{id}/form", new Dictionary<string, string> { ["childSex"] = "Nữ" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        Assert.Contains("Điều 13", refused.GetProperty("refusalReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, after.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
    }

    [Fact]
    public async Task OverdueDossier_GetsAnApologySlip_WithANewAppointment_InVietnamese()
    {
        host.Database.RequireAvailable();
        var (session, id) = await DraftAsync();
        using var citizen = session;
        var code = await SubmitCompleteAsync(citizen, id);
        using var desk = await PortalSessions.OfficialAsync(Platform, "motcua.banthach", Password, Ct);
        var notYet = await desk.PostAsJsonAsync($"/api/public-services/dossiers/{id}/apology", new { reason = "Chậm", days = 2 }, Ct);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // Time passes: the appointment was three days ago.
            var db = scope.ServiceProvider.GetRequiredService<LienThong.PublicServices.Persistence.PublicServicesDbContext>();
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == Guid.Parse(id), Ct);
            dossier.Due = LienThong.BuildingBlocks.Time.VietnamTime.Today(TimeProvider.System).AddDays(-3);
            await db.SaveChangesAsync(Ct);
        }
        var inbox = await ReadAsync(await desk.GetAsync("/api/public-services/inbox", Ct));
        var noReason = await desk.PostAsJsonAsync($"/api/public-services/dossiers/{id}/apology", new { reason = "", days = 2 }, Ct);
        var apologized = await ReadAsync(await desk.PostAsJsonAsync($"/api/public-services/dossiers/{id}/apology",
            new { reason = "Chờ xác minh thông tin nơi sinh với bệnh viện.", days = 2 }, Ct));
        var mine = await ReadAsync(await citizen.GetAsync($"/api/public-services/my/dossiers/{id}", Ct));

        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        Assert.Contains(inbox.EnumerateArray(), d => d.GetProperty("code").GetString() == code && d.GetProperty("deadline").GetString() == "Overdue");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var text = mine.GetProperty("apology").GetString()!;
        Assert.Contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", text, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân phường Bàn Thạch xin lỗi Ông/Bà Nguyễn Văn An", text, StringComparison.Ordinal);
        Assert.Contains($"ngày {DateOnly.Parse(apologized.GetProperty("due").GetString()!, System.Globalization.CultureInfo.InvariantCulture):dd/MM/yyyy}",
            text, StringComparison.Ordinal);
        Assert.True(DateOnly.Parse(mine.GetProperty("due").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            > LienThong.BuildingBlocks.Time.VietnamTime.Today(TimeProvider.System));
        Assert.Contains(mine.GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == DossierEventKinds.Overdue);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

public sealed class SqliteBirthRegistrationApiTests(SqlitePortalHost host) : BirthRegistrationApiTests(host), IClassFixture<SqlitePortalHost>;

public sealed class PostgresBirthRegistrationApiTests(PostgresPortalHost host) : BirthRegistrationApiTests(host), IClassFixture<PostgresPortalHost>;
