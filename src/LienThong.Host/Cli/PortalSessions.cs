using System.Net;
using System.Text.RegularExpressions;

namespace LienThong.Host.Cli;

/// <summary>
/// Signs in over HTTP the way a browser does, for the simulation and the end-to-end tests: an official through the login page
/// (<c>/dang-nhap</c>), a citizen through "Đăng nhập bằng VNeID" at the VNeID-style provider. Returns a cookie-keeping client.
/// </summary>
public static partial class PortalSessions
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"returnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrl();

    private static HttpClient Browser(Uri platform) =>
        new(new HttpClientHandler { AllowAutoRedirect = true, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = platform };

    public static async Task<HttpClient> OfficialAsync(Uri platform, string userName, string password, CancellationToken cancellationToken)
    {
        var browser = Browser(platform);
        var page = await browser.GetStringAsync("/dang-nhap", cancellationToken);
        using var response = await browser.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }), cancellationToken);
        if (response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/dang-nhap", StringComparison.Ordinal) == true)
        {
            browser.Dispose();
            throw new InvalidOperationException($"Sign-in of {userName} failed (HTTP {(int)response.StatusCode}).");
        }
        return browser;
    }

    /// <summary>Through the provider's login form (with the simulated biometric step for level-2 accounts).</summary>
    public static async Task<HttpClient> CitizenAsync(Uri platform, string personalId, string password, CancellationToken cancellationToken)
    {
        var browser = Browser(platform);
        using var login = await browser.GetAsync("/dang-nhap/vneid?returnUrl=/", cancellationToken);
        var html = await login.Content.ReadAsStringAsync(cancellationToken);
        var loginUrl = login.RequestMessage!.RequestUri!;
        using var response = await browser.PostAsync(new Uri(loginUrl, "/dang-nhap"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(html).Groups[1].Value,
            ["returnUrl"] = WebUtility.HtmlDecode(ReturnUrl().Match(html).Groups[1].Value),
            ["pid"] = personalId,
            ["password"] = password,
            ["biometric"] = "on",
        }), cancellationToken);
        var landed = response.RequestMessage?.RequestUri;
        if (!response.IsSuccessStatusCode || landed is null || landed.Authority != platform.Authority)
        {
            browser.Dispose();
            throw new InvalidOperationException($"VNeID sign-in failed (HTTP {(int)response.StatusCode} at {landed}).");
        }
        return browser;
    }
}
