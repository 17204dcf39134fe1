using System.Security.Cryptography.X509Certificates;
using LienThong.Trust.Persistence;
using LienThong.Trust.Pki;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Trust;

internal sealed class TrustAdministration(CertificateAuthority authority, TrustDbContext db) : ITrustAdministration
{
    public Task EnsureCertificateAuthoritiesAsync(CancellationToken cancellationToken = default) => authority.EnsureCasAsync(cancellationToken);

    public async Task<(CertificateSummary? Certificate, string? Error)> IssueAsync(string profile, string subject, CancellationToken cancellationToken = default)
    {
        var (certificate, error) = profile switch
        {
            CertificateProfiles.Seal => await authority.IssueSealAsync(subject, cancellationToken),
            CertificateProfiles.TimeStamping or CertificateProfiles.Ocsp or CertificateProfiles.TlsClient when !string.IsNullOrWhiteSpace(subject)
                => (await authority.IssueServiceAsync(profile, subject.Trim(), cancellationToken), null),
            _ => (null, $"Loại chứng thư '{profile}' không cấp được theo cách này; dùng seal, tsa, ocsp hoặc tls-client."),
        };
        return (certificate is null ? null : Summary(certificate), error);
    }

    public Task<string?> RevokeAsync(string serialNumber, string reason, CancellationToken cancellationToken = default) =>
        authority.RevokeAsync(serialNumber, reason, cancellationToken);

    public async Task<IReadOnlyList<CertificateSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await db.Certificates.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken)).Select(Summary)];

    public async Task<string> ExportRootPemAsync(CancellationToken cancellationToken = default)
    {
        using var root = X509CertificateLoader.LoadCertificate((await authority.CaCertificateAsync(CertificateProfiles.RootCa, cancellationToken))!);
        return root.ExportCertificatePem();
    }

    private static CertificateSummary Summary(IssuedCertificate c) => new(c.SerialNumber, c.Profile, c.Subject, c.AgencyElectronicId,
        c.OfficialUserName, c.NotBeforeUtc, c.NotAfterUtc, c.RevokedAtUtc, c.RevocationReason);
}
