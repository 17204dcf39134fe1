using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using ISigner = LienThong.Trust.Contracts.ISigner;

namespace LienThong.Trust.Keys;

/// <summary>
/// BouncyCastle's signature factory over <see cref="ISigner"/>: BouncyCastle builds the structures
/// (time-stamp tokens, OCSP responses), the key stays in its store (sha256WithRSAEncryption).
/// </summary>
internal sealed class SignerSignatureFactory(ISigner signer) : ISignatureFactory
{
    public object AlgorithmDetails { get; } = new AlgorithmIdentifier(PkcsObjectIdentifiers.Sha256WithRsaEncryption, Org.BouncyCastle.Asn1.DerNull.Instance);

    public IStreamCalculator<IBlockResult> CreateCalculator() => new Calculator(signer);

    private sealed class Calculator(ISigner signer) : IStreamCalculator<IBlockResult>
    {
        private readonly MemoryStream data = new();

        public Stream Stream => data;

        public IBlockResult GetResult() =>
            new SimpleBlockResult(signer.SignHash(SHA256.HashData(data.ToArray()), HashAlgorithmName.SHA256));
    }
}
