using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LienThong.Trust.Contracts;

namespace LienThong.Trust.Keys;

/// <summary>
/// Lets .NET's certificate and CRL builders sign through <see cref="ISigner"/>, so a CA key in an HSM
/// works the same as a software key (sha256WithRSAEncryption, RFC 4055).
/// </summary>
internal sealed class SignerSignatureGenerator(ISigner signer) : X509SignatureGenerator
{
    private readonly X509SignatureGenerator publicPart = CreateForRSA(signer.PublicKey, RSASignaturePadding.Pkcs1);

    public override byte[] GetSignatureAlgorithmIdentifier(HashAlgorithmName hashAlgorithm) =>
        publicPart.GetSignatureAlgorithmIdentifier(hashAlgorithm);

    public override byte[] SignData(byte[] data, HashAlgorithmName hashAlgorithm)
    {
        using var hash = IncrementalHash.CreateHash(hashAlgorithm);
        hash.AppendData(data);
        return signer.SignHash(hash.GetHashAndReset(), hashAlgorithm);
    }

    protected override PublicKey BuildPublicKey() => publicPart.PublicKey;
}
