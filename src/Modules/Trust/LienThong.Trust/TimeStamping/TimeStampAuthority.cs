using LienThong.Trust.Keys;
using LienThong.Trust.Persistence;
using LienThong.Trust.Pki;
using Microsoft.EntityFrameworkCore;
using Org.BouncyCastle.Asn1.Cmp;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Tsp;
using Org.BouncyCastle.X509;

namespace LienThong.Trust.TimeStamping;

/// <summary>
/// The RFC 3161 time-stamping service: answers a TimeStampReq with a token signed by the TSA
/// certificate (policy <see cref="Policy"/>), accepting SHA-256/384/512 imprints only.
/// </summary>
internal sealed class TimeStampAuthority(TrustDbContext db, IKeyStore keys, TimeProvider time)
{
    /// <summary>The TSA policy OID (a private arc for the platform; configurable later).</summary>
    public const string Policy = "1.3.6.1.4.1.57264.1.1";

    private static readonly string[] AcceptedHashes = [NistObjectIdentifiers.IdSha256.Id, NistObjectIdentifiers.IdSha384.Id, NistObjectIdentifiers.IdSha512.Id];

    public async Task<byte[]> RespondAsync(byte[] requestDer, CancellationToken cancellationToken)
    {
        TimeStampRequest request;
        try
        {
            request = new TimeStampRequest(requestDer);
        }
        catch (Exception e) when (e is IOException or TspException or ArgumentException or InvalidCastException)
        {
            // RFC 3161 §2.4.2: a request that cannot be parsed gets a rejection with badDataFormat.
            return new TimeStampResponseGenerator(null!, null).GenerateFailResponse(PkiStatus.Rejection, PkiFailureInfo.BadDataFormat, "bad request").GetEncoded();
        }
        var tsa = await db.Certificates.AsNoTracking().Where(c => c.Profile == CertificateProfiles.TimeStamping && c.RevokedAtUtc == null)
            .OrderByDescending(c => c.Id).FirstAsync(cancellationToken);
        var issuing = await db.Certificates.AsNoTracking().SingleAsync(c => c.Profile == CertificateProfiles.IssuingCa, cancellationToken);
        using var signer = keys.Open(tsa.KeyId);
        var certificate = new X509Certificate(tsa.Der);
        var generator = new TimeStampTokenGenerator(
            new SignerInfoGeneratorBuilder().Build(new SignerSignatureFactory(signer), certificate),
            Asn1DigestFactory.Get(NistObjectIdentifiers.IdSha256),
            new Org.BouncyCastle.Asn1.DerObjectIdentifier(Policy), isIssuerSerialIncluded: true);
        // Millisecond genTime: a revocation and a signature in the same second must stay in order.
        generator.Resolution = Resolution.R_MILLISECONDS;
        generator.SetCertificates(Org.BouncyCastle.Utilities.Collections.CollectionUtilities.CreateStore(
            new[] { certificate, new X509Certificate(issuing.Der) }));
        var responder = new TimeStampResponseGenerator(generator, AcceptedHashes);
        var serial = BigInteger.ValueOf(time.GetUtcNow().ToUnixTimeMilliseconds()).ShiftLeft(16).Add(BigInteger.ValueOf(Random.Shared.Next(0, 65536)));
        return responder.Generate(request, serial, time.GetUtcNow().UtcDateTime).GetEncoded();
    }

}
