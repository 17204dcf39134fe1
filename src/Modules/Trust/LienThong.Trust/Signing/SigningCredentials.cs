using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LienThong.Trust.Contracts;
using LienThong.Trust.Keys;
using LienThong.Trust.Persistence;
using LienThong.Trust.Pki;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Trust.Signing;

/// <summary>A signer's current certificate, the issuing CA's, and the key (through <see cref="ISigner"/>): an agency seal or an official.</summary>
internal sealed class SigningCredentials : IDisposable
{
    private readonly ISigner signer;

    private SigningCredentials(X509Certificate2 certificate, X509Certificate2 issuing, ISigner signer, string profile)
    {
        (Certificate, Issuing, this.signer, Profile) = (certificate, issuing, signer, profile);
        Key = new SignerRsa(signer);
    }

    public X509Certificate2 Certificate { get; }

    public X509Certificate2 Issuing { get; }

    /// <summary><c>seal</c> or <c>official</c>.</summary>
    public string Profile { get; }

    /// <summary>An <see cref="RSA"/> for .NET's signers; its private operation is the store's.</summary>
    public RSA Key { get; }

    /// <summary>The newest seal certificate of the agency that is neither revoked nor expired now.</summary>
    public static Task<(SigningCredentials? Credentials, string? Error)> OpenSealAsync(TrustDbContext db, IKeyStore keys, DateTime nowUtc,
        string agencyElectronicId, CancellationToken cancellationToken) =>
        OpenAsync(db, keys, nowUtc, CertificateProfiles.Seal, c => c.AgencyElectronicId == agencyElectronicId,
            $"Cơ quan {agencyElectronicId} chưa có chứng thư con dấu còn hiệu lực.", cancellationToken);

    /// <summary>The newest personal certificate of the official that is neither revoked nor expired now.</summary>
    public static Task<(SigningCredentials? Credentials, string? Error)> OpenOfficialAsync(TrustDbContext db, IKeyStore keys, DateTime nowUtc,
        string userName, CancellationToken cancellationToken) =>
        OpenAsync(db, keys, nowUtc, CertificateProfiles.Official, c => c.OfficialUserName == userName,
            $"Cán bộ '{userName}' chưa có chứng thư cá nhân còn hiệu lực.", cancellationToken);

    private static async Task<(SigningCredentials? Credentials, string? Error)> OpenAsync(TrustDbContext db, IKeyStore keys, DateTime nowUtc,
        string profile, System.Linq.Expressions.Expression<Func<IssuedCertificate, bool>> holder, string missing, CancellationToken cancellationToken)
    {
        var row = await db.Certificates.AsNoTracking()
            .Where(c => c.Profile == profile && c.RevokedAtUtc == null && c.NotAfterUtc > nowUtc)
            .Where(holder)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return (null, missing);
        }
        var issuing = await db.Certificates.AsNoTracking().SingleAsync(c => c.Profile == CertificateProfiles.IssuingCa, cancellationToken);
        return (new SigningCredentials(X509CertificateLoader.LoadCertificate(row.Der), X509CertificateLoader.LoadCertificate(issuing.Der),
            keys.Open(row.KeyId), profile), null);
    }

    public void Dispose()
    {
        Key.Dispose();
        signer.Dispose();
        Certificate.Dispose();
        Issuing.Dispose();
    }
}
