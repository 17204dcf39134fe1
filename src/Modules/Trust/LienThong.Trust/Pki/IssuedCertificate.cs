namespace LienThong.Trust.Pki;

/// <summary>A certificate issued by the platform's CAs (the CAs' own included), with its revocation state.</summary>
internal sealed class IssuedCertificate
{
    public int Id { get; private set; }

    /// <summary>Upper-case hex, as OpenSSL prints it.</summary>
    public string SerialNumber { get; private set; } = "";

    public string Profile { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string? IssuerSerialNumber { get; private set; }

    public string? AgencyElectronicId { get; private set; }

    public string? OfficialUserName { get; private set; }

    public DateTime NotBeforeUtc { get; private set; }

    public DateTime NotAfterUtc { get; private set; }

    public byte[] Der { get; private set; } = [];

    public string KeyId { get; private set; } = "";

    public DateTime? RevokedAtUtc { get; private set; }

    public string? RevocationReason { get; private set; }

    private IssuedCertificate()
    {
    }

    public IssuedCertificate(string serialNumber, string profile, string subject, string? issuerSerialNumber, string? agency,
        string? official, DateTime notBeforeUtc, DateTime notAfterUtc, byte[] der, string keyId) =>
        (SerialNumber, Profile, Subject, IssuerSerialNumber, AgencyElectronicId, OfficialUserName, NotBeforeUtc, NotAfterUtc, Der, KeyId) =
        (serialNumber, profile, subject, issuerSerialNumber, agency, official, notBeforeUtc, notAfterUtc, der, keyId);

    /// <summary>RFC 5280 §5.3.1 reasons; a certificate is revoked once.</summary>
    public string? Revoke(DateTime atUtc, string reason)
    {
        if (RevokedAtUtc is not null)
        {
            return $"Chứng thư {SerialNumber} đã bị thu hồi từ {RevokedAtUtc:yyyy-MM-dd HH:mm} UTC.";
        }
        if (!RevocationReasons.All.ContainsKey(reason))
        {
            return $"Lý do thu hồi '{reason}' không hợp lệ; dùng một trong: {string.Join(", ", RevocationReasons.All.Keys)}.";
        }
        (RevokedAtUtc, RevocationReason) = (atUtc, reason);
        return null;
    }
}
