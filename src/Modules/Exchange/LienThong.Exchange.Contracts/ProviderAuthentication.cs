using System.Security.Cryptography;
using System.Text;

namespace LienThong.Exchange.Contracts;

/// <summary>
/// How a provider behind the gateway knows a request came through it: the gateway signs the message id, consumer,
/// method and path with a key it shares with the providers it forwards to (HMAC-SHA256, lower-case hex).
/// </summary>
public static class ProviderAuthentication
{
    /// <summary>The shared key, kept in the data folder (<c>keys/exchange-provider.key</c>, owner-only) and made on first use.</summary>
    public static byte[] LoadKey(LienThong.BuildingBlocks.Hosting.DataDirectory data) => Convert.FromBase64String(
        LienThong.BuildingBlocks.Security.KeyFiles.ReadOrCreate(Path.Combine(data.Folder("keys"), "exchange-provider.key"),
            () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    public static string Sign(byte[] key, string messageId, string consumer, string method, string pathAndQuery) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{messageId}\n{consumer}\n{method}\n{pathAndQuery}")));

    public static bool Verify(byte[] key, string? signature, string? messageId, string? consumer, string method, string pathAndQuery) =>
        signature is { Length: 64 } && messageId is not null && consumer is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(key, messageId, consumer, method, pathAndQuery)),
            Encoding.ASCII.GetBytes(signature));
}
