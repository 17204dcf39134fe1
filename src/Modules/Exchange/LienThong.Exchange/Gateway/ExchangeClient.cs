using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using LienThong.Exchange.Contracts;
using LienThong.Identity.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LienThong.Exchange.Gateway;

/// <summary>
/// The typed client: a client-credentials token per platform subsystem (kept until a minute before it expires), then the
/// call to <c>{Exchange:GatewayUrl}/x/{service}{path}</c> with the purpose headers — never straight to the provider.
/// </summary>
internal sealed class ExchangeClient(IServiceScopeFactory scopes, IOptions<ExchangeOptions> options, TimeProvider time) : IExchangeClient, IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false });
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> tokens = new(StringComparer.Ordinal);

    public async Task<HttpResponseMessage> SendAsync(ExchangeCall call, CancellationToken cancellationToken = default)
    {
        var gateway = options.Value.GatewayUrl.AbsoluteUri.TrimEnd('/');
        using var request = new HttpRequestMessage(call.Method, $"{gateway}/x/{call.Service}{call.Path}") { Content = call.Content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(call.Consumer, gateway, cancellationToken));
        request.Headers.Add(ExchangeHeaders.Purpose, call.Purpose);
        foreach (var (name, value) in new[] { (ExchangeHeaders.Case, call.Case), (ExchangeHeaders.User, call.User), (ExchangeHeaders.Subject, call.Subject),
            (ExchangeHeaders.MessageId, call.MessageId) })
        {
            if (value is not null)
            {
                request.Headers.Add(name, value);
            }
        }
        if (call.Async)
        {
            request.Headers.Add("Prefer", "respond-async");
        }
        return await http.SendAsync(request, cancellationToken);
    }

    private async Task<string> TokenAsync(string consumer, string gateway, CancellationToken cancellationToken)
    {
        if (tokens.TryGetValue(consumer, out var held) && held.Until > time.GetUtcNow())
        {
            return held.Token;
        }
        string secret;
        await using (var scope = scopes.CreateAsyncScope())
        {
            secret = await scope.ServiceProvider.GetRequiredService<IPlatformClientCredentials>().SecretOfAsync(consumer, cancellationToken);
        }
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = consumer, ["client_secret"] = secret, ["scope"] = "lgsp",
        });
        using var response = await http.PostAsync(gateway + "/connect/token", form, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
        var token = body.GetProperty("access_token").GetString()!;
        var lifetime = TimeSpan.FromSeconds(body.TryGetProperty("expires_in", out var expires) ? expires.GetInt32() : 300);
        tokens[consumer] = (token, time.GetUtcNow() + lifetime - TimeSpan.FromMinutes(1));
        return token;
    }

    public void Dispose() => http.Dispose();
}
