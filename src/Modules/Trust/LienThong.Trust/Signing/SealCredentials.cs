using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LienThong.Trust.Contracts;
using LienThong.Trust.Keys;
using LienThong.Trust.Persistence;
using LienThong.Trust.Pki;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Trust.Signing;

/// <summary>An agency's current seal: its certificate, the issuing CA's, and its key (through <see cref="ISigner"/>).</summary>
internal sealed class SealCredentials : IDisposable
{
    private readonly ISigner signer;

    private SealCredentials(X509Certificate2 certificate, X509Certificate2 issuing, ISigner signer)
    {
        (Certificate, Issuing, this.signer) = (certificate, issuing, signer);
        Key = new SignerRsa(signer);
    }

    public X509Certificate2 Certificate { get; }

    public X509Certificate2 Issuing { get; }

    /// <summary>An <see cref="RSA"/> for .NET's signers; its private operation is the store's.</summary>
    public RSA Key { get; }

    /// <summary>The newest seal certificate of the agency that is neither revoked nor expired now.</summary>
    public static async Task<(SealCredentials? Credentials, string? Error)> OpenAsync(TrustDbContext db, IKeyStore keys, DateTime nowUtc,
        string agencyElectronicId, CancellationToken cancellationToken)
    {
        var seal = await db.Certificates.AsNoTracking()
            .Where(c => c.Profile == CertificateProfiles.Seal && c.AgencyElectronicId == agencyElectronicId && c.RevokedAtUtc == null && c.NotAfterUtc > nowUtc)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (seal is null)
        {
            return (null, $"Cơ quan {agencyElectronicId} chưa có chứng thư con dấu còn hiệu lực.");
        }
        var issuing = await db.Certificates.AsNoTracking().SingleAsync(c => c.Profile == CertificateProfiles.IssuingCa, cancellationToken);
        return (new SealCredentials(X509CertificateLoader.LoadCertificate(seal.Der), X509CertificateLoader.LoadCertificate(issuing.Der),
            keys.Open(seal.KeyId)), null);
    }

    public void Dispose()
    {
        Key.Dispose();
        signer.Dispose();
        Certificate.Dispose();
        Issuing.Dispose();
    }
}
