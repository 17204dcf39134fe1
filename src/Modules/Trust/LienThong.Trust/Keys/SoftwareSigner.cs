using System.Security.Cryptography;
using LienThong.Trust.Contracts;

namespace LienThong.Trust.Keys;

/// <summary>A software RSA key decrypted from its store for the time of one use.</summary>
internal sealed class SoftwareSigner(string keyId, RSA key) : ISigner
{
    public string KeyId { get; } = keyId;

    public RSA PublicKey { get; } = RSA.Create(key.ExportParameters(includePrivateParameters: false));

    public byte[] SignHash(byte[] hash, HashAlgorithmName hashAlgorithm) =>
        key.SignHash(hash, hashAlgorithm, RSASignaturePadding.Pkcs1);

    public void Dispose()
    {
        key.Dispose();
        PublicKey.Dispose();
    }
}
