using System.Security.Cryptography;
using LienThong.Trust.Contracts;

namespace LienThong.Trust.Keys;

/// <summary>A software RSA key from the store; the store keeps the decrypted key, so disposing releases only this handle.</summary>
internal sealed class SoftwareSigner(string keyId, RSA key) : ISigner
{
    public string KeyId { get; } = keyId;

    public RSA PublicKey { get; } = RSA.Create(key.ExportParameters(includePrivateParameters: false));

    public byte[] SignHash(byte[] hash, HashAlgorithmName hashAlgorithm) =>
        key.SignHash(hash, hashAlgorithm, RSASignaturePadding.Pkcs1);

    public void Dispose() => PublicKey.Dispose();
}
