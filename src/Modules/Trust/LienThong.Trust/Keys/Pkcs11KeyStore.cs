using System.Collections.Concurrent;
using System.Security.Cryptography;
using LienThong.Trust.Contracts;
using Microsoft.Extensions.Options;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace LienThong.Trust.Keys;

/// <summary>
/// Keys in a PKCS#11 token (an HSM; SoftHSM2 in the tests): generated on the token, private halves sensitive and not
/// extractable, found by label, used with CKM_RSA_PKCS over a DigestInfo. Chosen by <c>Trust:Pkcs11:Library</c>; callers
/// see only <see cref="ISigner"/>, as with <see cref="EncryptedFileKeyStore"/>.
/// </summary>
internal sealed class Pkcs11KeyStore : IKeyStore, IDisposable
{
    private readonly Pkcs11InteropFactories factories = new();
    private readonly IPkcs11Library library;
    private readonly ISlot slot;
    private readonly ISession loginSession;
    private readonly ConcurrentDictionary<string, IObjectHandle> privateKeys = new(StringComparer.Ordinal);
    private bool disposed;

    static Pkcs11KeyStore() =>
        // Pkcs11Interop asks for "libdl", which glibc systems ship only as libdl.so.2 (without the -dev package).
        System.Runtime.InteropServices.NativeLibrary.SetDllImportResolver(typeof(CKA).Assembly, (name, assembly, path) =>
            name == "libdl" && OperatingSystem.IsLinux()
                ? System.Runtime.InteropServices.NativeLibrary.Load("libdl.so.2", assembly, path)
                : IntPtr.Zero);

    public Pkcs11KeyStore(IOptions<TrustOptions> options)
    {
        var settings = options.Value.Pkcs11;
        library = factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, settings.Library, AppType.MultiThreaded);
        slot = library.GetSlotList(SlotsType.WithTokenPresent).FirstOrDefault(s => s.GetTokenInfo().Label.Trim() == settings.TokenLabel)
            ?? throw new InvalidOperationException($"No PKCS#11 token labelled '{settings.TokenLabel}' in {settings.Library}.");
        // Login state belongs to the application (PKCS#11 §5.6): one session logged in for the store's life serves all.
        loginSession = slot.OpenSession(SessionType.ReadWrite);
        loginSession.Login(CKU.CKU_USER, settings.Pin);
    }

    public ISigner Create(string keyId, int bits)
    {
        if (Exists(keyId))
        {
            throw new InvalidOperationException($"Key {keyId} already exists.");
        }
        using var session = slot.OpenSession(SessionType.ReadWrite);
        var id = System.Text.Encoding.UTF8.GetBytes(keyId);
        List<IObjectAttribute> publicTemplate =
        [
            Attribute(CKA.CKA_TOKEN, true), Attribute(CKA.CKA_PRIVATE, false), Attribute(CKA.CKA_LABEL, keyId), Attribute(CKA.CKA_ID, id),
            Attribute(CKA.CKA_VERIFY, true), Attribute(CKA.CKA_MODULUS_BITS, (ulong)bits), Attribute(CKA.CKA_PUBLIC_EXPONENT, new byte[] { 1, 0, 1 }),
        ];
        List<IObjectAttribute> privateTemplate =
        [
            Attribute(CKA.CKA_TOKEN, true), Attribute(CKA.CKA_PRIVATE, true), Attribute(CKA.CKA_LABEL, keyId), Attribute(CKA.CKA_ID, id),
            Attribute(CKA.CKA_SENSITIVE, true), Attribute(CKA.CKA_EXTRACTABLE, false), Attribute(CKA.CKA_SIGN, true),
        ];
        session.GenerateKeyPair(factories.MechanismFactory.Create(CKM.CKM_RSA_PKCS_KEY_PAIR_GEN), publicTemplate, privateTemplate,
            out var publicKey, out var privateKey);
        privateKeys[keyId] = privateKey;
        return new Pkcs11Signer(this, keyId, PublicKeyOf(session, publicKey));
    }

    public ISigner Open(string keyId)
    {
        using var session = slot.OpenSession(SessionType.ReadOnly);
        var publicKey = Find(session, CKO.CKO_PUBLIC_KEY, keyId) ?? throw new InvalidOperationException($"Key {keyId} is not on the token.");
        return new Pkcs11Signer(this, keyId, PublicKeyOf(session, publicKey));
    }

    public bool Exists(string keyId)
    {
        using var session = slot.OpenSession(SessionType.ReadOnly);
        return Find(session, CKO.CKO_PRIVATE_KEY, keyId) is not null;
    }

    private byte[] Sign(string keyId, byte[] hash, HashAlgorithmName algorithm)
    {
        using var session = slot.OpenSession(SessionType.ReadOnly);
        var key = privateKeys.GetOrAdd(keyId, id => Find(session, CKO.CKO_PRIVATE_KEY, id)
            ?? throw new InvalidOperationException($"Key {id} is not on the token."));
        return session.Sign(factories.MechanismFactory.Create(CKM.CKM_RSA_PKCS), key, [.. DigestInfoPrefix(algorithm, hash.Length), .. hash]);
    }

    /// <summary>RFC 8017 §9.2 note 1: the DER DigestInfo before the hash, for CKM_RSA_PKCS (the token pads, we name the hash).</summary>
    private static byte[] DigestInfoPrefix(HashAlgorithmName algorithm, int length) => (algorithm.Name, length) switch
    {
        ("SHA256", 32) => Convert.FromHexString("3031300D060960864801650304020105000420"),
        ("SHA384", 48) => Convert.FromHexString("3041300D060960864801650304020205000430"),
        ("SHA512", 64) => Convert.FromHexString("3051300D060960864801650304020305000440"),
        ("SHA1", 20) => Convert.FromHexString("3021300906052B0E03021A05000414"),
        _ => throw new CryptographicException($"Unsupported hash {algorithm.Name} ({length} bytes)."),
    };

    private IObjectHandle? Find(ISession session, CKO kind, string keyId) =>
        session.FindAllObjects([Attribute(CKA.CKA_CLASS, kind), Attribute(CKA.CKA_LABEL, keyId)]).FirstOrDefault();

    private static RSA PublicKeyOf(ISession session, IObjectHandle publicKey)
    {
        var values = session.GetAttributeValue(publicKey, [CKA.CKA_MODULUS, CKA.CKA_PUBLIC_EXPONENT]);
        return RSA.Create(new RSAParameters { Modulus = values[0].GetValueAsByteArray(), Exponent = values[1].GetValueAsByteArray() });
    }

    private IObjectAttribute Attribute(CKA type, object value) => value switch
    {
        bool b => factories.ObjectAttributeFactory.Create(type, b),
        ulong u => factories.ObjectAttributeFactory.Create(type, u),
        string s => factories.ObjectAttributeFactory.Create(type, s),
        byte[] bytes => factories.ObjectAttributeFactory.Create(type, bytes),
        CKO kind => factories.ObjectAttributeFactory.Create(type, kind),
        _ => throw new ArgumentException("Unsupported attribute value.", nameof(value)),
    };

    /// <summary>Idempotent: the container disposes the store once as itself and once as <see cref="IKeyStore"/>.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        try
        {
            loginSession.Logout();
        }
        catch (Pkcs11Exception)
        {
            // Already logged out, or the token was removed: the session is closed below either way.
        }
        loginSession.Dispose();
        library.Dispose();
    }

    private sealed class Pkcs11Signer(Pkcs11KeyStore store, string keyId, RSA publicKey) : ISigner
    {
        public string KeyId { get; } = keyId;

        public RSA PublicKey { get; } = publicKey;

        public byte[] SignHash(byte[] hash, HashAlgorithmName hashAlgorithm) => store.Sign(KeyId, hash, hashAlgorithm);

        public void Dispose() => PublicKey.Dispose();
    }
}
