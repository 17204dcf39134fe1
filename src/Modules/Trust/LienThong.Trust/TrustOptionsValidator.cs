using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LienThong.Trust;

/// <summary>Stops the host (and every command) when private keys would have no key-encryption key in Production, or a configured root is unreadable.</summary>
internal sealed class TrustOptionsValidator(IHostEnvironment environment) : IValidateOptions<TrustOptions>
{
    public ValidateOptionsResult Validate(string? name, TrustOptions options)
    {
        if (options.Pkcs11.Enabled && (!File.Exists(options.Pkcs11.Library) || string.IsNullOrEmpty(options.Pkcs11.Pin)))
        {
            return ValidateOptionsResult.Fail($"Trust:Pkcs11: the library {options.Pkcs11.Library} must exist and Trust:Pkcs11:Pin be set (e.g. Trust__Pkcs11__Pin).");
        }
        if (environment.IsProduction() && !options.Pkcs11.Enabled && string.IsNullOrWhiteSpace(options.KeyEncryptionKey))
        {
            return ValidateOptionsResult.Fail("Trust:KeyEncryptionKey is required in Production (256 random bits, base64), e.g. from the environment variable Trust__KeyEncryptionKey.");
        }
        foreach (var path in options.TrustedRoots)
        {
            try
            {
                if (!Validation.TrustAnchors.Load(path).Any())
                {
                    return ValidateOptionsResult.Fail($"Trust:TrustedRoots: {path} holds no certificate.");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
            {
                return ValidateOptionsResult.Fail($"Trust:TrustedRoots: {path} cannot be read as a certificate ({e.Message}).");
            }
        }
        return options.MaxDocumentBytes > 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail("Trust:MaxDocumentBytes must be positive.");
    }
}
