using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LienThong.Testing;

/// <summary>Real OAuth flows against the host over HTTP: the login form, the code with PKCE, the token endpoint.</summary>
public static partial class OAuthFlows
{
    public const string RedirectUri = "http://localhost/callback";

    /// <summary>The demo platform operator's authenticator key (README, Identity seed).</summary>
    public const string OperatorTotpKey = "LIENTHONGDEMOVANHANHSTTTTQNAM234";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A first-party public client using the authorization code with PKCE, as a web or mobile app would.</summary>
    public static async Task<string> RegisterPublicClientAsync(LienThongApp app)
    {
        var clientId = "test-web-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            RedirectUris = { new Uri(RedirectUri) },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + Scopes.OfflineAccess,
            },
        }, Ct);
        return clientId;
    }

    public static HttpClient Browser(LienThongApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the Vietnamese login form the way a browser does (antiforgery token, form name).</summary>
    public static async Task<HttpResponseMessage> SubmitLoginAsync(HttpClient browser, string loginUrl, string userName, string password)
    {
        var page = await browser.GetStringAsync(loginUrl, Ct);
        var form = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        };
        return await browser.PostAsync(loginUrl, new FormUrlEncodedContent(form), Ct);
    }

    /// <summary>The whole code flow for an official: authorize → login page → authorize → code → tokens.</summary>
    public static async Task<JsonElement> SignInWithCodeAsync(LienThongApp app, string clientId, string userName, string password,
        string? totpKey = null)
    {
        using var browser = Browser(app);
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = $"/connect/authorize?response_type=code&client_id={clientId}&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
            $"&scope={Uri.EscapeDataString("openid profile roles offline_access")}&code_challenge={challenge}&code_challenge_method=S256&state=s1";

        var toLogin = await browser.GetAsync(authorize, Ct);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        var loginUrl = toLogin.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/dang-nhap", loginUrl, StringComparison.Ordinal);

        var signedIn = await SubmitLoginAsync(browser, loginUrl, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        if (signedIn.Headers.Location!.OriginalString.Contains("/dang-nhap/ma-xac-thuc", StringComparison.Ordinal))
        {
            Assert.NotNull(totpKey);
            signedIn = await SubmitTotpAsync(browser, signedIn.Headers.Location!.OriginalString, totpKey);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        var back = await browser.GetAsync(signedIn.Headers.Location!.OriginalString, Ct);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var callback = back.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.AbsoluteUri, StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        Assert.Equal("s1", query["state"]);

        return await TokenAsync(browser, new()
        {
            ["grant_type"] = GrantTypes.AuthorizationCode,
            ["code"] = query["code"]!,
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = clientId,
            ["code_verifier"] = verifier,
        }, HttpStatusCode.OK);
    }

    /// <summary>A cookie-keeping client signed in through the login page (and the second factor when asked).</summary>
    public static async Task<HttpClient> SignedInBrowserAsync(LienThongApp app, string userName, string password = "LienThong@2026")
    {
        var browser = Browser(app);
        var response = await SubmitLoginAsync(browser, "/dang-nhap", userName, password);
        if (response.Headers.Location!.OriginalString.Contains("/dang-nhap/ma-xac-thuc", StringComparison.Ordinal))
        {
            response = await SubmitTotpAsync(browser, response.Headers.Location.OriginalString, OperatorTotpKey);
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>Posts a named Blazor form of the page at <paramref name="url"/>, with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string url, string formName, params (string Key, string Value)[] fields)
    {
        var page = await browser.GetStringAsync(url, Ct);
        var form = new List<KeyValuePair<string, string>> { new("_handler", formName), new("__RequestVerificationToken", AntiforgeryTokenIn(page)) };
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        return await browser.PostAsync(url, new FormUrlEncodedContent(form), Ct);
    }

    /// <summary>Answers the second-factor page with the current TOTP code (RFC 6238), computed independently.</summary>
    public static async Task<HttpResponseMessage> SubmitTotpAsync(HttpClient browser, string pageUrl, string base32Key)
    {
        var page = await browser.GetStringAsync(pageUrl, Ct);
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(base32Key)).ComputeTotp();
        return await browser.PostAsync(pageUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "totp",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
            ["Code"] = code,
        }), Ct);
    }

    public static async Task<JsonElement> TokenAsync(HttpClient client, Dictionary<string, string> form, HttpStatusCode expected)
    {
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form), Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        return body;
    }

    public static Task<JsonElement> ClientCredentialsAsync(HttpClient client, string clientId, string secret,
        HttpStatusCode expected = HttpStatusCode.OK) =>
        TokenAsync(client, new()
        {
            ["grant_type"] = GrantTypes.ClientCredentials,
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "lgsp",
        }, expected);

    public static async Task<HttpResponseMessage> GetWithTokenAsync(HttpClient client, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        return await client.SendAsync(request, Ct);
    }

    /// <summary>The antiforgery token of the form in a page, as a browser would post it back.</summary>
    public static string AntiforgeryTokenIn(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
