namespace LienThong.AgencySystems;

/// <summary>The <c>AgencySystems</c> section: where the reference member systems hosted with the platform answer.</summary>
public sealed class AgencySystemsOptions
{
    public const string Section = "AgencySystems";

    /// <summary>The base URL the gateway forwards to (this host's own address in the demo).</summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:5080");
}
