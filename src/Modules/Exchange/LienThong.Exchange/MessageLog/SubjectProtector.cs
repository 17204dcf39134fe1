using System.Security.Cryptography;
using System.Text;
using LienThong.BuildingBlocks.Hosting;
using LienThong.BuildingBlocks.Security;

namespace LienThong.Exchange.MessageLog;

/// <summary>
/// Keeps data subjects' identifiers out of the log in clear: a keyed hash (HMAC-SHA256) to find a citizen's entries,
/// and AES-256-GCM to recover the value for an investigation. Both keys live in <c>keys/exchange-subject.key</c>.
/// </summary>
internal sealed class SubjectProtector
{
    private readonly byte[] lookupKey;
    private readonly byte[] sealKey;

    public SubjectProtector(DataDirectory data)
    {
        var keys = Convert.FromBase64String(KeyFiles.ReadOrCreate(Path.Combine(data.Folder("keys"), "exchange-subject.key"),
            () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(64))));
        (lookupKey, sealKey) = (keys[..32], keys[32..]);
    }

    public string KeyOf(string subject) => Convert.ToHexStringLower(HMACSHA256.HashData(lookupKey, Encoding.UTF8.GetBytes(subject.Trim())));

    public string Seal(string subject)
    {
        var plain = Encoding.UTF8.GetBytes(subject.Trim());
        var output = new byte[12 + plain.Length + 16];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        using var aes = new AesGcm(sealKey, 16);
        aes.Encrypt(output.AsSpan(0, 12), plain, output.AsSpan(12, plain.Length), output.AsSpan(12 + plain.Length));
        return Convert.ToBase64String(output);
    }

    public string Open(string sealedValue)
    {
        var input = Convert.FromBase64String(sealedValue);
        var plain = new byte[input.Length - 28];
        using var aes = new AesGcm(sealKey, 16);
        aes.Decrypt(input.AsSpan(0, 12), input.AsSpan(12, plain.Length), input.AsSpan(12 + plain.Length), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
