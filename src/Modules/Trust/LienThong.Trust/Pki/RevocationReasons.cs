using System.Security.Cryptography.X509Certificates;

namespace LienThong.Trust.Pki;

/// <summary>CRLReason values of RFC 5280 §5.3.1 that an operator may give.</summary>
internal static class RevocationReasons
{
    public static readonly IReadOnlyDictionary<string, X509RevocationReason> All = new Dictionary<string, X509RevocationReason>(StringComparer.Ordinal)
    {
        ["unspecified"] = X509RevocationReason.Unspecified,
        ["keyCompromise"] = X509RevocationReason.KeyCompromise,
        ["affiliationChanged"] = X509RevocationReason.AffiliationChanged,
        ["superseded"] = X509RevocationReason.Superseded,
        ["cessationOfOperation"] = X509RevocationReason.CessationOfOperation,
        ["certificateHold"] = X509RevocationReason.CertificateHold,
    };
}
