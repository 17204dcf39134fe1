namespace LienThong.Identity.Citizens;

/// <summary>
/// The <c>VNeID</c> section: LienThong is a standard OpenID Connect client of the citizen identity
/// provider. No public VNeID integration specification exists, so everything here is configuration.
/// </summary>
public sealed class VNeIdClientOptions
{
    public const string Section = "VNeID";

    public string Authority { get; set; } = "http://localhost:5081";

    public string ClientId { get; set; } = "lienthong-portal";

    /// <summary>Set from the environment or a secret store in production, never in a committed file.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>This platform's callback as the provider knows it (for the bundled provider's registration).</summary>
    public Uri RedirectUri { get; set; } = new("http://localhost:5080/signin-vneid");

    public BundledProviderOptions Bundled { get; set; } = new();

    public sealed class BundledProviderOptions
    {
        /// <summary>Run the bundled VNeID-style provider inside the host (demo). Off in production.</summary>
        public bool Enabled { get; set; }

        public string Url { get; set; } = "http://localhost:5081";
    }
}
