using LienThong.Trust.Contracts;

namespace LienThong.Trust.Keys;

/// <summary>Creates and opens signing keys by identifier. Implementations: encrypted files now, PKCS#11 later.</summary>
public interface IKeyStore
{
    ISigner Create(string keyId, int bits);

    ISigner Open(string keyId);

    bool Exists(string keyId);
}
