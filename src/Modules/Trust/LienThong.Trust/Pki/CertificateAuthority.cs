using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LienThong.Identity.Contracts;
using LienThong.Registry.Contracts;
using LienThong.Trust.Keys;
using LienThong.Trust.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LienThong.Trust.Pki;

/// <summary>
/// The province's two-tier PKI: a root CA (offline in spirit: it signs only the issuing CA and its own
/// CRL) and an issuing CA for agency seals, officials, the time-stamping authority, the OCSP responder
/// and TLS clients. Every key is used through <see cref="Contracts.ISigner"/> (RFC 5280 profiles).
/// </summary>
internal sealed class CertificateAuthority(TrustDbContext db, IKeyStore keys, IOptions<TrustOptions> options, TimeProvider time,
    IRegistryDirectory registry, IOfficialDirectory officials)
{
    private const string RootKey = "ca-root";
    private const string IssuingKey = "ca-issuing";

    private TrustOptions Settings => options.Value;

    /// <summary>Creates the root and issuing CAs, the time-stamping and OCSP certificates when missing; afterwards does nothing.</summary>
    public async Task EnsureCasAsync(CancellationToken cancellationToken)
    {
        if (!await db.Certificates.AnyAsync(c => c.Profile == CertificateProfiles.RootCa, cancellationToken))
        {
            await CreateCasAsync(cancellationToken);
        }
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (profile, name) in new[]
        {
            (CertificateProfiles.TimeStamping, "LienThong Time-Stamping Authority"),
            (CertificateProfiles.Ocsp, "LienThong OCSP Responder"),
        })
        {
            if (!await db.Certificates.AnyAsync(c => c.Profile == profile && c.RevokedAtUtc == null && c.NotAfterUtc > now, cancellationToken))
            {
                await IssueServiceAsync(profile, name, cancellationToken);
            }
        }
    }

    private async Task CreateCasAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rootName = Name("LienThong Root CA");
        using var rootSigner = keys.Exists(RootKey) ? keys.Open(RootKey) : keys.Create(RootKey, 3072);
        var rootRequest = Request(rootName, rootSigner);
        rootRequest.CertificateExtensions.Add(X509BasicConstraintsExtension.CreateForCertificateAuthority(1));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var rootSki = new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, false);
        rootRequest.CertificateExtensions.Add(rootSki);
        using var root = rootRequest.Create(rootName, new SignerSignatureGenerator(rootSigner), now.AddMinutes(-5), now.AddYears(20), NewSerial());
        var rootRow = Record(root, CertificateProfiles.RootCa, null, null, null, RootKey);

        using var issuingSigner = keys.Exists(IssuingKey) ? keys.Open(IssuingKey) : keys.Create(IssuingKey, 3072);
        var issuingRequest = Request(Name("LienThong Issuing CA"), issuingSigner);
        issuingRequest.CertificateExtensions.Add(X509BasicConstraintsExtension.CreateForCertificateAuthority(0));
        issuingRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        issuingRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(issuingRequest.PublicKey, false));
        issuingRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(rootSki));
        issuingRequest.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([Url("pki/crl/root.crl")]));
        using var issuing = issuingRequest.Create(root.SubjectName, new SignerSignatureGenerator(rootSigner), now.AddMinutes(-5), now.AddYears(10), NewSerial());
        Record(issuing, CertificateProfiles.IssuingCa, rootRow.SerialNumber, null, null, IssuingKey);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An agency's seal (legal-person) certificate; the e-ID goes into organizationIdentifier (2.5.4.97).</summary>
    public async Task<(IssuedCertificate? Certificate, string? Error)> IssueSealAsync(string electronicId, CancellationToken cancellationToken)
    {
        var history = await registry.AgencyHistoryAsync(electronicId, cancellationToken);
        if (history.Count == 0)
        {
            return (null, $"Cơ quan có mã định danh {electronicId} không có trong danh mục.");
        }
        return (await IssueAsync(Subject.ForSeal(electronicId, history[^1].Name), cancellationToken), null);
    }

    /// <summary>An official's personal signing certificate: name, position (title, 2.5.4.12), agency.</summary>
    public async Task<(IssuedCertificate? Certificate, string? Error)> IssueOfficialAsync(string userName, CancellationToken cancellationToken)
    {
        var official = await officials.FindAsync(userName, cancellationToken);
        if (official?.AgencyElectronicId is null)
        {
            return (null, $"Không có cán bộ '{userName}' thuộc một cơ quan.");
        }
        var history = await registry.AgencyHistoryAsync(official.AgencyElectronicId, cancellationToken);
        if (history.Count == 0)
        {
            return (null, $"Cơ quan có mã định danh {official.AgencyElectronicId} không có trong danh mục.");
        }
        return (await IssueAsync(Subject.ForOfficial(official, history[^1].Name), cancellationToken), null);
    }

    /// <summary>The platform's own service certificates (time-stamping, OCSP, TLS client).</summary>
    public Task<IssuedCertificate> IssueServiceAsync(string profile, string commonName, CancellationToken cancellationToken) =>
        IssueAsync(new Subject(profile, Name(commonName), null, null), cancellationToken);

    /// <summary>
    /// Issues many certificates in one go: the keys (the slow part, ~0.1 s per RSA-2048 key) are made on
    /// <paramref name="parallelism"/> threads, then the certificates are signed and saved in batches.
    /// </summary>
    public async Task<int> IssueManyAsync(IReadOnlyList<Subject> subjects, int parallelism, CancellationToken cancellationToken)
    {
        var issued = 0;
        foreach (var batch in subjects.Chunk(50))
        {
            var made = new (string KeyId, Contracts.ISigner Key)[batch.Length];
            Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
                i => made[i] = NewKey(batch[i].Profile));
            using var issuer = await IssuerAsync(cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                using var key = made[i].Key;
                Sign(batch[i], made[i].KeyId, key, issuer);
            }
            await db.SaveChangesAsync(cancellationToken);
            issued += batch.Length;
        }
        return issued;
    }

    public async Task<string?> RevokeAsync(string serialNumber, string reason, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.SingleOrDefaultAsync(c => c.SerialNumber == serialNumber.ToUpperInvariant(), cancellationToken);
        if (certificate is null)
        {
            return $"Không có chứng thư số hiệu {serialNumber}.";
        }
        if (!CertificateProfiles.EndEntity.Contains(certificate.Profile))
        {
            return "Chứng thư của CA không thu hồi qua chức năng này.";
        }
        var error = certificate.Revoke(time.GetUtcNow().UtcDateTime, reason);
        if (error is null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return error;
    }

    /// <summary>The current CRL of a CA (RFC 5280 §5), DER, with nextUpdate from Trust:CrlValidity.</summary>
    public async Task<byte[]> CrlAsync(string caProfile, CancellationToken cancellationToken)
    {
        var ca = await db.Certificates.AsNoTracking().SingleAsync(c => c.Profile == caProfile, cancellationToken);
        using var caCertificate = X509CertificateLoader.LoadCertificate(ca.Der);
        var builder = new CertificateRevocationListBuilder();
        var revoked = await db.Certificates.AsNoTracking()
            .Where(c => c.IssuerSerialNumber == ca.SerialNumber && c.RevokedAtUtc != null).ToListAsync(cancellationToken);
        foreach (var certificate in revoked)
        {
            builder.AddEntry(Convert.FromHexString(certificate.SerialNumber), new DateTimeOffset(certificate.RevokedAtUtc!.Value, TimeSpan.Zero),
                RevocationReasons.All[certificate.RevocationReason!]);
        }
        var now = time.GetUtcNow();
        using var signer = keys.Open(ca.KeyId);
        // CRL numbers grow with time, so two hosts never go backwards (RFC 5280 §5.2.3).
        return builder.Build(caCertificate.SubjectName, new SignerSignatureGenerator(signer), new BigInteger(now.ToUnixTimeSeconds()),
            now + Settings.CrlValidity, HashAlgorithmName.SHA256,
            X509AuthorityKeyIdentifierExtension.CreateFromCertificate(caCertificate, includeKeyIdentifier: true, includeIssuerAndSerial: false), now);
    }

    public async Task<byte[]?> CaCertificateAsync(string caProfile, CancellationToken cancellationToken) =>
        (await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Profile == caProfile, cancellationToken))?.Der;

    private async Task<IssuedCertificate> IssueAsync(Subject subject, CancellationToken cancellationToken)
    {
        var (keyId, key) = NewKey(subject.Profile);
        using var subjectKey = key;
        using var issuer = await IssuerAsync(cancellationToken);
        var row = Sign(subject, keyId, subjectKey, issuer);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    private (string KeyId, Contracts.ISigner Key) NewKey(string profile)
    {
        var keyId = profile + "-" + Guid.NewGuid().ToString("N");
        return (keyId, keys.Create(keyId, 2048));
    }

    private async Task<Issuer> IssuerAsync(CancellationToken cancellationToken)
    {
        var row = await db.Certificates.AsNoTracking().SingleAsync(c => c.Profile == CertificateProfiles.IssuingCa, cancellationToken);
        return new Issuer(row.SerialNumber, X509CertificateLoader.LoadCertificate(row.Der), keys.Open(row.KeyId));
    }

    private IssuedCertificate Sign(Subject subject, string keyId, Contracts.ISigner subjectKey, Issuer issuer)
    {
        var profile = subject.Profile;
        var request = Request(subject.Name, subjectKey);
        request.CertificateExtensions.Add(X509BasicConstraintsExtension.CreateForEndEntity());
        request.CertificateExtensions.Add(new X509KeyUsageExtension(profile switch
        {
            CertificateProfiles.TlsClient => X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment,
            CertificateProfiles.Seal or CertificateProfiles.Official => X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation,
            _ => X509KeyUsageFlags.DigitalSignature,
        }, critical: true));
        if (profile switch
        {
            CertificateProfiles.TimeStamping => "1.3.6.1.5.5.7.3.8",
            CertificateProfiles.Ocsp => "1.3.6.1.5.5.7.3.9",
            CertificateProfiles.TlsClient => "1.3.6.1.5.5.7.3.2",
            _ => null,
        } is { } eku)
        {
            // RFC 3161 §2.3: the time-stamping EKU must be the only one, and critical.
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(eku)], critical: profile == CertificateProfiles.TimeStamping));
        }
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer.Certificate, true, false));
        request.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([Url("pki/crl/issuing.crl")]));
        request.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension([Url("pki/ocsp")], [Url("pki/ca/issuing.cer")]));
        var now = time.GetUtcNow();
        using var certificate = request.Create(issuer.Certificate.SubjectName, new SignerSignatureGenerator(issuer.Key), now.AddMinutes(-5),
            now.AddDays(Settings.EndEntityValidityDays), NewSerial());
        return Record(certificate, profile, issuer.SerialNumber, subject.AgencyElectronicId, subject.OfficialUserName, keyId);
    }

    private sealed record Issuer(string SerialNumber, X509Certificate2 Certificate, Contracts.ISigner Key) : IDisposable
    {
        public void Dispose()
        {
            Certificate.Dispose();
            Key.Dispose();
        }
    }

    private IssuedCertificate Record(X509Certificate2 certificate, string profile, string? issuerSerial, string? agency, string? official, string keyId) =>
        db.Certificates.Add(new IssuedCertificate(certificate.SerialNumber, profile, certificate.Subject, issuerSerial, agency, official,
            certificate.NotBefore.ToUniversalTime(), certificate.NotAfter.ToUniversalTime(), certificate.RawData, keyId)).Entity;

    private static CertificateRequest Request(X500DistinguishedName subject, Contracts.ISigner signer) =>
        new(subject, signer.PublicKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    internal static X500DistinguishedName Name(string commonName)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCountryOrRegion("VN");
        builder.AddOrganizationName("Nền tảng LienThong");
        builder.AddCommonName(commonName);
        return builder.Build();
    }

    // RFC 5280 §4.1.2.2: positive, at most 20 octets; 16 random bytes with the top bit cleared.
    private static byte[] NewSerial()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        serial[0] |= 0x01;
        return serial;
    }

    private string Url(string path) => new Uri(Settings.PublicBaseUrl, path).AbsoluteUri;
}
