namespace LienThong.Trust.Validation;

/// <summary>ETSI EN 319 102-1 §5.1.3 indications and the sub-indications LienThong reports.</summary>
public static class Indications
{
    public const string TotalPassed = "TOTAL_PASSED";
    public const string TotalFailed = "TOTAL_FAILED";
    public const string Indeterminate = "INDETERMINATE";

    public const string FormatFailure = "FORMAT_FAILURE";
    public const string HashFailure = "HASH_FAILURE";
    public const string SigCryptoFailure = "SIG_CRYPTO_FAILURE";
    public const string Revoked = "REVOKED";
    public const string RevokedNoPoe = "REVOKED_NO_POE";
    public const string OutOfBoundsNoPoe = "OUT_OF_BOUNDS_NO_POE";
    public const string NoCertificateChainFound = "NO_CERTIFICATE_CHAIN_FOUND";
    public const string TryLater = "TRY_LATER";
    public const string NoSigningCertificateFound = "NO_SIGNING_CERTIFICATE_FOUND";
    public const string ChainConstraintsFailure = "CHAIN_CONSTRAINTS_FAILURE";
}
