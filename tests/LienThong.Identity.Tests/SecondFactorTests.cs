using System.Net;
using LienThong.Identity.Contracts;
using LienThong.Identity.Domain;
using LienThong.Identity.Seed;
using LienThong.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Identity.Tests;

/// <summary>TOTP second factor: required for platform operators, optional for other officials.</summary>
public sealed class SecondFactorTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Operator_IsAskedForTheCode_AndAWrongCodeIsRefused()
    {
        using var browser = OAuthFlows.Browser(app);

        var afterPassword = await OAuthFlows.SubmitLoginAsync(browser, "/dang-nhap", "vanhanh.stttt", DemoAccounts.Password);
        var codePage = afterPassword.Headers.Location!.OriginalString;
        var page = await browser.GetStringAsync(codePage, Ct);
        var wrong = await browser.PostAsync(codePage, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "totp",
            ["__RequestVerificationToken"] = OAuthFlows.AntiforgeryTokenIn(page),
            ["Code"] = "000000",
        }), Ct);

        Assert.Equal("/dang-nhap/ma-xac-thuc", new Uri(new Uri("http://localhost"), codePage).AbsolutePath);
        Assert.Contains("Mã xác thực không đúng", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewOperator_WithoutASecondFactor_IsSentToEnrolFirst_AndCannotUseOperatorApis()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Official>>();
            var official = new Official { UserName = "vanhanh.moi", FullName = "Vận Hành Mới", AgencyElectronicId = "000.00.01.H47" };
            await users.CreateAsync(official, DemoAccounts.Password);
            await users.AddToRoleAsync(official, Roles.PlatformOperator);
        }
        using var browser = OAuthFlows.Browser(app);

        var signedIn = await OAuthFlows.SubmitLoginAsync(browser, "/dang-nhap", "vanhanh.moi", DemoAccounts.Password);
        var clients = await browser.GetAsync("/api/identity/clients", Ct);
        var enrol = await browser.GetStringAsync(signedIn.Headers.Location!.OriginalString, Ct);

        Assert.Equal("/tai-khoan/xac-thuc-hai-lop", new Uri(new Uri("http://localhost"), signedIn.Headers.Location!).AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, clients.StatusCode);
        Assert.Contains("<svg", enrol, StringComparison.Ordinal);
    }
}
