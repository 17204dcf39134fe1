using System.Net;
using LienThong.Testing;

namespace LienThong.Identity.Tests;

/// <summary>"Đăng nhập bằng VNeID" end to end: platform ⇄ VNeID-style provider over real HTTP, real tokens.</summary>
public sealed class CitizenLoginTests(CitizenApp app) : IClassFixture<CitizenApp>
{
    private const string Level2Citizen = "049085001234";
    private const string Level1Citizen = "049190005678";
    private const string Password = "VNeID@2026";

    private static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task Citizen_SignsInThroughVNeID_AndThePortalShowsTheirName()
    {
        using var browser = new CitizenBrowser(app);

        var (loginUrl, loginPage) = await browser.GoAsync("/cong-dan");
        var (url, page) = await browser.SignInAtProviderAsync(loginPage, Level2Citizen, Password);
        var html = await HtmlAsync(page);

        Assert.StartsWith(app.ProviderUrl + "/dang-nhap", loginUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("/cong-dan", url.AbsolutePath);
        Assert.Contains("Xin chào, Nguyễn Văn An", html, StringComparison.Ordinal);
        Assert.Contains("049*******34", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Level2Citizen, html, StringComparison.Ordinal);
        Assert.Contains("Mức 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Level2Action_StepsUpWithBiometrics_ForALevel2Account()
    {
        using var browser = new CitizenBrowser(app);
        var (_, loginPage) = await browser.GoAsync("/cong-dan");
        await browser.SignInAtProviderAsync(loginPage, Level2Citizen, Password);

        var (needUrl, need) = await browser.GoAsync("/cong-dan/muc-2");
        var (_, stepUpPage) = await browser.GoAsync("/dang-nhap/vneid?muc=2&returnUrl=/cong-dan/muc-2");
        var stepUpHtml = await HtmlAsync(stepUpPage);
        var (url, done) = await browser.SignInAtProviderAsync(stepUpPage, Level2Citizen, Password, biometric: true);

        Assert.Equal("/cong-dan/can-muc-2", needUrl.AbsolutePath);
        Assert.Contains("sinh trắc học", stepUpHtml, StringComparison.Ordinal);
        Assert.Equal("/cong-dan/muc-2", url.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Đã xác thực định danh điện tử mức 2", await HtmlAsync(done), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Level2Action_ForALevel1Account_ExplainsInVietnamese()
    {
        using var browser = new CitizenBrowser(app);
        var (_, loginPage) = await browser.GoAsync("/cong-dan");
        await browser.SignInAtProviderAsync(loginPage, Level1Citizen, Password);

        var (url, page) = await browser.GoAsync("/dang-nhap/vneid?muc=2&returnUrl=/cong-dan/muc-2");

        Assert.Equal("/cong-dan/can-muc-2", url.AbsolutePath);
        Assert.Contains("đang ở mức 1", await HtmlAsync(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("04908500123", "12 chữ số")]
    [InlineData("003085001234", "mã tỉnh")]
    [InlineData("049085009999", "không đúng")]
    public async Task Provider_RefusesABadNumber_WithTheReason(string number, string reason)
    {
        using var browser = new CitizenBrowser(app);
        var (_, loginPage) = await browser.GoAsync("/cong-dan");

        var (_, page) = await browser.SignInAtProviderAsync(loginPage, number, Password);

        Assert.Contains(reason, await HtmlAsync(page), StringComparison.Ordinal);
    }
}
