using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LienThong.Trust;

/// <summary>Stops the host (and every command) in Production when private keys would have no key-encryption key.</summary>
internal sealed class TrustOptionsValidator(IHostEnvironment environment) : IValidateOptions<TrustOptions>
{
    public ValidateOptionsResult Validate(string? name, TrustOptions options) =>
        environment.IsProduction() && string.IsNullOrWhiteSpace(options.KeyEncryptionKey)
            ? ValidateOptionsResult.Fail("Trust:KeyEncryptionKey is required in Production (256 random bits, base64), e.g. from the environment variable Trust__KeyEncryptionKey.")
            : ValidateOptionsResult.Success;
}
