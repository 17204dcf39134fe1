using System.Security.Cryptography;
using System.Text;
using LienThong.BuildingBlocks.Hosting;
using LienThong.BuildingBlocks.Security;
using LienThong.Trust.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LienThong.Trust.Keys;

/// <summary>
/// Keys as encrypted PKCS#8 files in <c>&lt;data&gt;/trust/keys</c> (AES-256-CBC, PBKDF2-SHA256, 10 000
/// iterations — the key-encryption key is meant to be 256 random bits, so stretching adds little), under the
/// key-encryption key from configuration. A stolen data folder alone yields no key.
/// </summary>
internal sealed class EncryptedFileKeyStore : IKeyStore, IDisposable
{
    private static readonly PbeParameters Encryption = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 10_000);
    private readonly string folder;
    private readonly byte[] password;

    // Decrypted keys stay in memory for the life of the process, as an HSM session would keep them
    // usable: decrypting (PBKDF2 + AES) on every signature would dominate the cost of signing.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RSA> opened = new(StringComparer.Ordinal);

    public EncryptedFileKeyStore(DataDirectory data, IOptions<TrustOptions> options, IHostEnvironment environment)
    {
        folder = data.Folder(Path.Combine("trust", "keys"));
        var kek = options.Value.KeyEncryptionKey;
        if (string.IsNullOrWhiteSpace(kek))
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException("Trust:KeyEncryptionKey is required in Production.");
            }
            kek = KeyFiles.ReadOrCreate(Path.Combine(data.Folder("keys"), "trust-kek.txt"),
                () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }
        password = Encoding.UTF8.GetBytes(kek.Trim());
    }

    public ISigner Create(string keyId, int bits)
    {
        var path = PathOf(keyId);
        if (File.Exists(path))
        {
            throw new InvalidOperationException($"Key {keyId} already exists.");
        }
        var rsa = RSA.Create(bits);
        KeyFiles.ReadOrCreate(path, () => rsa.ExportEncryptedPkcs8PrivateKeyPem(password, Encryption));
        return new SoftwareSigner(keyId, opened.GetOrAdd(keyId, rsa));
    }

    public ISigner Open(string keyId) => new SoftwareSigner(keyId, opened.GetOrAdd(keyId, id =>
    {
        var rsa = RSA.Create();
        rsa.ImportFromEncryptedPem(File.ReadAllText(PathOf(id)), password);
        return rsa;
    }));

    public bool Exists(string keyId) => File.Exists(PathOf(keyId));

    private string PathOf(string keyId) =>
        Path.Combine(folder, (keyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? keyId : throw new ArgumentException("Key ids are letters, digits, '-' and '_'.", nameof(keyId))) + ".p8.pem");

    public void Dispose()
    {
        foreach (var key in opened.Values)
        {
            key.Dispose();
        }
        opened.Clear();
    }
}
