namespace LienThong.Trust;

/// <summary>A certificate as listed to operators.</summary>
public sealed record CertificateSummary(string SerialNumber, string Profile, string Subject, string? AgencyElectronicId,
    string? OfficialUserName, DateTime NotBeforeUtc, DateTime NotAfterUtc, DateTime? RevokedAtUtc, string? RevocationReason);
