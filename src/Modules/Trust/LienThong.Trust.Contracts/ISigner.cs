using System.Security.Cryptography;

namespace LienThong.Trust.Contracts;

/// <summary>
/// The only way to use a private key in LienThong. Callers hand over a hash and get a signature; the
/// key itself never leaves the store (software keys encrypted at rest today; a PKCS#11 HSM is another
/// implementation of this contract, without touching callers). Disposing releases the key or HSM session.
/// </summary>
public interface ISigner : IDisposable
{
    /// <summary>The key's identifier in its store.</summary>
    string KeyId { get; }

    /// <summary>The public half, for certificate requests and verification.</summary>
    RSA PublicKey { get; }

    /// <summary>RSA PKCS#1 v1.5 signature over an already computed hash.</summary>
    byte[] SignHash(byte[] hash, HashAlgorithmName hashAlgorithm);
}
