using System.Security.Cryptography.X509Certificates;
using LienThong.Trust.Persistence;
using LienThong.Trust.Pki;
using LienThong.Trust.Signing;
using LienThong.Trust.Validation;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Trust;

internal sealed class TrustAdministration(CertificateAuthority authority, CertificateEnrolment enrolment, TrustDbContext db, CmsSealer sealer,
    XmlSealer xmlSealer, CmsValidator validator, PdfSignatureValidator pdfValidator) : ITrustAdministration
{
    public Task<(int Seals, int Officials)> EnrolAsync(int parallelism, CancellationToken cancellationToken = default) =>
        enrolment.EnrolAsync(parallelism, cancellationToken);

    public Task EnsureCertificateAuthoritiesAsync(CancellationToken cancellationToken = default) => authority.EnsureCasAsync(cancellationToken);

    public async Task<(CertificateSummary? Certificate, string? Error)> IssueAsync(string profile, string subject, CancellationToken cancellationToken = default)
    {
        var (certificate, error) = profile switch
        {
            CertificateProfiles.Seal => await authority.IssueSealAsync(subject, cancellationToken),
            CertificateProfiles.Official => await authority.IssueOfficialAsync(subject, cancellationToken),
            CertificateProfiles.TimeStamping or CertificateProfiles.Ocsp or CertificateProfiles.TlsClient when !string.IsNullOrWhiteSpace(subject)
                => (await authority.IssueServiceAsync(profile, subject.Trim(), cancellationToken), null),
            _ => (null, $"Loại chứng thư '{profile}' không cấp được theo cách này; dùng seal, official, tsa, ocsp hoặc tls-client."),
        };
        return (certificate is null ? null : Summary(certificate), error);
    }

    public Task<string?> RevokeAsync(string serialNumber, string reason, CancellationToken cancellationToken = default) =>
        authority.RevokeAsync(serialNumber, reason, cancellationToken);

    public async Task<(CertificateSummary? Certificate, string? Error)> RenewAsync(string serialNumber, CancellationToken cancellationToken = default)
    {
        var old = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.SerialNumber == serialNumber.ToUpperInvariant(), cancellationToken);
        if (old is null || !CertificateProfiles.EndEntity.Contains(old.Profile))
        {
            return (null, $"Không có chứng thư số hiệu {serialNumber} để gia hạn.");
        }
        if (old.RevokedAtUtc is not null)
        {
            return (null, $"Chứng thư {old.SerialNumber} đã bị thu hồi; hãy cấp mới.");
        }
        var subject = old.Profile switch
        {
            CertificateProfiles.Seal => old.AgencyElectronicId!,
            CertificateProfiles.Official => old.OfficialUserName!,
            _ => X509CertificateLoader.LoadCertificate(old.Der).GetNameInfo(X509NameType.SimpleName, forIssuer: false),
        };
        var (renewed, error) = await IssueAsync(old.Profile, subject, cancellationToken);
        if (renewed is not null)
        {
            await authority.RevokeAsync(old.SerialNumber, "superseded", cancellationToken);
        }
        return (renewed, error);
    }

    public async Task<IReadOnlyList<CertificateSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await db.Certificates.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken)).Select(Summary)];

    public Task<(byte[]? Signature, string? Error)> SealDetachedAsync(byte[] content, string agencyElectronicId, CancellationToken cancellationToken = default) =>
        sealer.SealDetachedAsync(content, agencyElectronicId, cancellationToken);

    public Task<(byte[]? Signed, string? Error)> SealXmlAsync(byte[] xml, string agencyElectronicId, CancellationToken cancellationToken = default) =>
        xmlSealer.SealEnvelopedAsync(xml, agencyElectronicId, cancellationToken);

    public Task<IReadOnlyList<SignatureReport>> ValidateDetachedAsync(byte[] content, byte[] signature, CancellationToken cancellationToken = default) =>
        validator.ValidateDetachedAsync(content, signature, cancellationToken);

    public Task<(IReadOnlyList<SignatureReport>? Reports, string? Error)> ValidatePdfAsync(byte[] pdf, CancellationToken cancellationToken = default) =>
        pdfValidator.ValidateAsync(pdf, cancellationToken);

    public async Task<string> ExportRootPemAsync(CancellationToken cancellationToken = default)
    {
        using var root = X509CertificateLoader.LoadCertificate((await authority.CaCertificateAsync(CertificateProfiles.RootCa, cancellationToken))!);
        return root.ExportCertificatePem();
    }

    private static CertificateSummary Summary(IssuedCertificate c) => new(c.SerialNumber, c.Profile, c.Subject, c.AgencyElectronicId,
        c.OfficialUserName, c.NotBeforeUtc, c.NotAfterUtc, c.RevokedAtUtc, c.RevocationReason);
}
