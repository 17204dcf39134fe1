using LienThong.Trust.Keys;
using LienThong.Trust.Persistence;
using LienThong.Trust.Pki;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Ocsp;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LienThong.Trust.Ocsp;

/// <summary>
/// The OCSP responder (RFC 6960) for the issuing CA, answering with a delegated responder certificate
/// (EKU OCSPSigning, §4.2.2.2): good, revoked (time and reason) or unknown for each certificate asked.
/// </summary>
internal sealed class OcspResponder(TrustDbContext db, IKeyStore keys, TimeProvider time, IOptions<TrustOptions> options)
{
    public async Task<byte[]> RespondAsync(byte[] requestDer, CancellationToken cancellationToken)
    {
        OcspReq request;
        try
        {
            request = new OcspReq(requestDer);
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException)
        {
            return new OCSPRespGenerator().Generate(OCSPRespGenerator.MalformedRequest, null).GetEncoded();
        }
        var issuingRow = await db.Certificates.AsNoTracking().SingleAsync(c => c.Profile == CertificateProfiles.IssuingCa, cancellationToken);
        return await RespondAsync(request.GetRequestList().Select(r => r.GetCertID()),
            request.RequestExtensions?.GetExtension(OcspObjectIdentifiers.PkixOcspNonce), new BcCertificate(issuingRow.Der), cancellationToken);
    }

    /// <summary>A signed response about one certificate of the issuing CA, for the DSS of a long-term (B-LT) signature.</summary>
    public async Task<byte[]> RespondAboutAsync(byte[] certificateDer, CancellationToken cancellationToken)
    {
        var issuingRow = await db.Certificates.AsNoTracking().SingleAsync(c => c.Profile == CertificateProfiles.IssuingCa, cancellationToken);
        var issuing = new BcCertificate(issuingRow.Der);
        var id = new CertificateID(CertificateID.DigestSha1, issuing, new BcCertificate(certificateDer).SerialNumber);
        return await RespondAsync([id], null, issuing, cancellationToken);
    }

    private async Task<byte[]> RespondAsync(IEnumerable<CertificateID> ids, X509Extension? nonce, BcCertificate issuing, CancellationToken cancellationToken)
    {
        var responderRow = await db.Certificates.AsNoTracking()
            .Where(c => c.Profile == CertificateProfiles.Ocsp && c.RevokedAtUtc == null).OrderByDescending(c => c.Id).FirstAsync(cancellationToken);
        var responderCertificate = new BcCertificate(responderRow.Der);
        var now = time.GetUtcNow().UtcDateTime;
        var generator = new BasicOcspRespGenerator(new RespID(responderCertificate.SubjectDN));
        foreach (var id in ids)
        {
            generator.AddResponse(id, await StatusOfAsync(id, issuing, cancellationToken), now, now + options.Value.CrlValidity, null);
        }
        // RFC 6960 §4.4.1: echo the nonce so the client can tell this answer is fresh.
        if (nonce is not null)
        {
            generator.SetResponseExtensions(new X509Extensions(new Dictionary<Org.BouncyCastle.Asn1.DerObjectIdentifier, X509Extension>
            {
                [OcspObjectIdentifiers.PkixOcspNonce] = nonce,
            }));
        }
        using var signer = keys.Open(responderRow.KeyId);
        var basic = generator.Generate(new SignerSignatureFactory(signer), [responderCertificate], now);
        return new OCSPRespGenerator().Generate(OCSPRespGenerator.Successful, basic).GetEncoded();
    }

    private async Task<CertificateStatus?> StatusOfAsync(CertificateID id, BcCertificate issuing, CancellationToken cancellationToken)
    {
        if (!id.MatchesIssuer(issuing))
        {
            return new UnknownStatus();
        }
        // .NET writes whole octets ("05AB…"), BigInteger drops the leading zero ("5AB…").
        var serial = id.SerialNumber.ToString(16).ToUpperInvariant();
        var padded = serial.Length % 2 == 1 ? "0" + serial : serial;
        var certificate = await db.Certificates.AsNoTracking()
            .SingleOrDefaultAsync(c => c.IssuerSerialNumber != null && c.SerialNumber == padded, cancellationToken);
        if (certificate is null)
        {
            return new UnknownStatus();
        }
        return certificate.RevokedAtUtc is { } revokedAt
            ? new RevokedStatus(revokedAt, (int)RevocationReasons.All[certificate.RevocationReason!])
            : CertificateStatus.Good;
    }
}
