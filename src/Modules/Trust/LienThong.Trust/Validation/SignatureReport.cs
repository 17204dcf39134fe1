namespace LienThong.Trust.Validation;

/// <summary>
/// One signature's validation result in the EU DSS / ETSI EN 319 102-1 vocabulary: the indication
/// <c>TOTAL_PASSED</c>, <c>TOTAL_FAILED</c> or <c>INDETERMINATE</c>, a sub-indication, and the reason in
/// Vietnamese and English. For PDF signatures also the field, the PAdES level reached and whether the signature
/// covers the whole file (false when later revisions, such as another signature, were appended).
/// </summary>
public sealed record SignatureReport(
    string? Signer,
    string? CertificateSerial,
    DateTimeOffset? ClaimedSigningTime,
    DateTimeOffset? TimeStampedSigningTime,
    string Indication,
    string? SubIndication,
    string Detail,
    string DetailEnglish,
    string? Field = null,
    string? Level = null,
    bool? CoversWholeDocument = null);
