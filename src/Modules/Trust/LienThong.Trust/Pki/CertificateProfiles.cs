namespace LienThong.Trust.Pki;

/// <summary>What each kind of certificate is for; the key usages and EKUs follow from it (ETSI EN 319 412).</summary>
internal static class CertificateProfiles
{
    public const string RootCa = "root-ca";
    public const string IssuingCa = "issuing-ca";
    public const string Seal = "seal";
    public const string Official = "official";
    public const string TimeStamping = "tsa";
    public const string Ocsp = "ocsp";
    public const string TlsClient = "tls-client";

    public static readonly IReadOnlySet<string> EndEntity = new HashSet<string>(StringComparer.Ordinal)
    {
        Seal, Official, TimeStamping, Ocsp, TlsClient,
    };
}
