using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LienThong.Testing;

/// <summary>
/// A cookie-keeping "browser" over two real servers: the platform (test server) and the VNeID-style
/// provider (Kestrel). It follows redirects across both, as a browser would.
/// </summary>
public sealed partial class CitizenBrowser : IDisposable
{
    private readonly CitizenApp app;
    private readonly HttpClient platform;
    private readonly HttpClient provider;

    public CitizenBrowser(CitizenApp app)
    {
        this.app = app;
        platform = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(app.ProviderUrl),
        };
    }

    /// <summary>Follows redirects from <paramref name="url"/>; returns the last URL and response.</summary>
    public async Task<(Uri Url, HttpResponseMessage Response)> GoAsync(string url)
    {
        var current = new Uri(new Uri("http://localhost/"), url);
        for (var hop = 0; hop < 15; hop++)
        {
            var response = await ClientFor(current).GetAsync(current, TestContext.Current.CancellationToken);
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther))
            {
                return (current, response);
            }
            current = new Uri(current, response.Headers.Location!);
        }
        throw new InvalidOperationException("Too many redirects from " + url);
    }

    /// <summary>Fills the provider's login form shown at <paramref name="page"/> and follows where it leads.</summary>
    public async Task<(Uri Url, HttpResponseMessage Response)> SignInAtProviderAsync(
        HttpResponseMessage page, string personalIdNumber, string password, bool biometric = false)
    {
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Field(html, "__RequestVerificationToken"),
            ["returnUrl"] = WebUtility.HtmlDecode(Field(html, "returnUrl")),
            ["pid"] = personalIdNumber,
            ["password"] = password,
        };
        if (biometric)
        {
            form["biometric"] = "on";
        }
        var response = await provider.PostAsync("/dang-nhap", new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
        return response.StatusCode == HttpStatusCode.Redirect
            ? await GoAsync(new Uri(new Uri(app.ProviderUrl), response.Headers.Location!).AbsoluteUri)
            : (new Uri(app.ProviderUrl + "/dang-nhap"), response);
    }

    private HttpClient ClientFor(Uri url) => url.GetLeftPart(UriPartial.Authority) == app.ProviderUrl ? provider : platform;

    private static string Field(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value;

    public void Dispose()
    {
        platform.Dispose();
        provider.Dispose();
    }
}
