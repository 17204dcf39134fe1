using System.Net;
using System.Text.RegularExpressions;
using LienThong.BuildingBlocks.Auditing;
using LienThong.Identity.Seed;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Identity.Tests;

/// <summary>Administration pages over HTTP with real sign-ins: scoping per agency, role changes audited, clients, sign-in log.</summary>
public sealed class AdminPagesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> SignedInAsync(string userName) => OAuthFlows.SignedInBrowserAsync(app, userName, DemoAccounts.Password);

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string url, string formName, params (string Key, string Value)[] fields) =>
        OAuthFlows.PostFormAsync(browser, url, formName, fields);

    [Fact]
    public async Task AgencyAdmin_SeesOnlyTheirAgencysAccounts()
    {
        using var admin = await SignedInAsync("quantri.stnmt");

        var page = await admin.GetStringAsync("/quan-tri/tai-khoan", Ct);

        Assert.Contains("chuyenvien.stnmt", page, StringComparison.Ordinal);
        Assert.DoesNotContain("lanhdao.ubndtinh", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgencyAdmin_CannotOpenAnotherAgencysAccount()
    {
        using var admin = await SignedInAsync("quantri.stnmt");
        string leaderId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            leaderId = (await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Domain.Official>>()
                .FindByNameAsync("lanhdao.ubndtinh"))!.Id;
        }

        var page = await admin.GetStringAsync("/quan-tri/tai-khoan/" + leaderId, Ct);

        Assert.Contains("Không tìm thấy tài khoản", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleChange_IsSaved_AndAudited()
    {
        using var admin = await SignedInAsync("quantri.stnmt");
        string id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Domain.Official>>()
                .FindByNameAsync("chuyenvien.stnmt"))!.Id;
        }

        var response = await PostFormAsync(admin, "/quan-tri/tai-khoan/" + id, "roles", ("Selected", "specialist"), ("Selected", "clerk"));
        await using var check = app.Services.CreateAsyncScope();
        var events = await check.ServiceProvider.GetRequiredService<IAuditLog>()
            .SearchAsync(new AuditQuery(ActionPrefix: "identity.role.changed"), Ct);

        Assert.Contains("Đã lưu vai trò", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains(events, e => e.Target == "chuyenvien.stnmt" && e.Actor == "quantri.stnmt" && e.Details!.Contains("+[clerk]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Specialist_IsRefusedTheAdministrationPages()
    {
        using var specialist = await SignedInAsync("chuyenvien.stnmt");

        var response = await specialist.GetAsync("/quan-tri/tai-khoan", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/khong-co-quyen", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_RegistersAnAgencySystem_AndSeesItsSecretOnce()
    {
        using var operatorBrowser = await SignedInAsync("vanhanh.stttt");

        var response = await PostFormAsync(operatorBrowser, "/quan-tri/he-thong", "add-client",
            ("Subsystem", "VN-QNA/GOV/000.00.04.H47/DKKD"), ("Name", "Đăng ký kinh doanh"));
        var html = await response.Content.ReadAsStringAsync(Ct);
        var again = await operatorBrowser.GetStringAsync("/quan-tri/he-thong", Ct);

        Assert.Contains("chỉ hiện một lần", html, StringComparison.Ordinal);
        Assert.Contains("VN-QNA/GOV/000.00.04.H47/DKKD", again, StringComparison.Ordinal);
        Assert.DoesNotContain("chỉ hiện một lần", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInLog_FiltersByAccountAndOutcome()
    {
        using (var failing = OAuthFlows.Browser(app))
        {
            await OAuthFlows.SubmitLoginAsync(failing, "/dang-nhap", "vanthu.ubndtinh", "Sai-mat-khau-9");
        }
        using var operatorBrowser = await SignedInAsync("vanhanh.stttt");

        var page = await operatorBrowser.GetStringAsync("/quan-tri/nhat-ky-dang-nhap?ai=vanthu&ketqua=Failure", Ct);
        var rows = Regex.Matches(page, "<tr>").Count - 1;

        Assert.True(rows >= 1);
        Assert.Contains("identity.signin.failed", page, StringComparison.Ordinal);
        Assert.DoesNotContain("identity.signin.succeeded", page, StringComparison.Ordinal);
    }
}
