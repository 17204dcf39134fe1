using System.Security.Cryptography;
using LienThong.BuildingBlocks.Hosting;
using LienThong.BuildingBlocks.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace LienThong.Identity.Server;

/// <summary>
/// The token-signing and token-encryption keys: from configuration in production, otherwise generated
/// once into the data folder (owner-only file permissions) so that tokens survive restarts.
/// </summary>
internal sealed class OidcKeys
{
    public OidcKeys(DataDirectory data, IOptions<LienThongIdentityOptions> options)
    {
        var keys = data.Folder("keys");
        var pem = options.Value.SigningKeyPem is { Length: > 0 } configured
            ? configured
            : KeyFiles.ReadOrCreate(Path.Combine(keys, "oidc-signing.pem"), () => RSA.Create(2048).ExportPkcs8PrivateKeyPem());
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        Signing = new RsaSecurityKey(rsa) { KeyId = KeyIdOf(rsa.ExportSubjectPublicKeyInfo()) };

        var encryption = options.Value.EncryptionKey is { Length: > 0 } key
            ? key
            : KeyFiles.ReadOrCreate(Path.Combine(keys, "oidc-encryption.key"), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        Encryption = new SymmetricSecurityKey(Convert.FromBase64String(encryption.Trim()));
    }

    public RsaSecurityKey Signing { get; }

    public SymmetricSecurityKey Encryption { get; }

    private static string KeyIdOf(byte[] publicKey) => Base64UrlEncoder.Encode(SHA256.HashData(publicKey))[..16];
}
