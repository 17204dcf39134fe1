using System.Security.Cryptography;
using LienThong.Trust.Contracts;

namespace LienThong.Trust.Keys;

/// <summary>
/// An <see cref="RSA"/> whose private operation is <see cref="ISigner.SignHash"/>: lets .NET's CMS
/// (<c>CmsSigner</c>) sign with a key it never holds. Anything but PKCS#1 v1.5 signing is refused.
/// </summary>
internal sealed class SignerRsa : RSA
{
    private readonly ISigner signer;

    public SignerRsa(ISigner signer)
    {
        this.signer = signer;
        KeySizeValue = signer.PublicKey.KeySize;
        LegalKeySizesValue = [new KeySizes(KeySizeValue, KeySizeValue, 0)];
    }

    public override RSAParameters ExportParameters(bool includePrivateParameters) => includePrivateParameters
        ? throw new CryptographicException("The private key stays in its store.")
        : signer.PublicKey.ExportParameters(false);

    public override void ImportParameters(RSAParameters parameters) => throw new NotSupportedException();

    public override byte[] SignHash(byte[] hash, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding) =>
        padding == RSASignaturePadding.Pkcs1 ? signer.SignHash(hash, hashAlgorithm) : throw new CryptographicException("Only PKCS#1 v1.5.");

    public override bool TrySignHash(ReadOnlySpan<byte> hash, Span<byte> destination, HashAlgorithmName hashAlgorithm,
        RSASignaturePadding padding, out int bytesWritten)
    {
        var signature = SignHash(hash.ToArray(), hashAlgorithm, padding);
        if (signature.Length > destination.Length)
        {
            bytesWritten = 0;
            return false;
        }
        signature.CopyTo(destination);
        bytesWritten = signature.Length;
        return true;
    }

    public override bool VerifyHash(byte[] hash, byte[] signature, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding) =>
        signer.PublicKey.VerifyHash(hash, signature, hashAlgorithm, padding);

    public override byte[] Decrypt(byte[] data, RSAEncryptionPadding padding) => throw new NotSupportedException();

    public override byte[] Encrypt(byte[] data, RSAEncryptionPadding padding) => signer.PublicKey.Encrypt(data, padding);
}
