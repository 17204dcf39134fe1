namespace LienThong.Identity;

/// <summary>The <c>Identity</c> configuration section (named so as not to clash with ASP.NET Core's IdentityOptions).</summary>
public sealed class LienThongIdentityOptions
{
    public const string Section = "Identity";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a rotated client secret keeps working, so that agency systems can switch without downtime.</summary>
    public TimeSpan SecretRotationGrace { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Production: the token-signing RSA key in PEM. When empty, a key is generated into
    /// <c>&lt;data&gt;/keys/oidc-signing.pem</c> on first start and reused afterwards.
    /// </summary>
    public string? SigningKeyPem { get; set; }

    /// <summary>Production: a 256-bit key (base64) protecting authorization codes and refresh tokens; generated like the signing key when empty.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Refuse the OAuth endpoints over plain HTTP. Turn on in production (TLS at the host or the proxy).</summary>
    public bool RequireHttps { get; set; }

    /// <summary>The issuer; when empty it is the address the request came to.</summary>
    public Uri? Issuer { get; set; }
}
