using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using LienThong.Trust.Keys;
using LienThong.Trust.Persistence;
using LienThong.Trust.TimeStamping;

namespace LienThong.Trust.Signing;

/// <summary>
/// Detached CMS signatures (<c>.p7s</c>) at CAdES baseline B-T (ETSI EN 319 122-1): signing-certificate-v2,
/// the chain up to the issuing CA, and an RFC 3161 signature time-stamp from the platform's TSA.
/// </summary>
internal sealed class CmsSealer(TrustDbContext db, IKeyStore keys, TimeStampAuthority tsa, TimeProvider time)
{
    public async Task<(byte[]? Signature, string? Error)> SealDetachedAsync(byte[] content, string agencyElectronicId, CancellationToken cancellationToken)
    {
        var (seal, error) = await SealCredentials.OpenAsync(db, keys, time.GetUtcNow().UtcDateTime, agencyElectronicId, cancellationToken);
        if (seal is null)
        {
            return (null, error);
        }
        using var credentials = seal;
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var cmsSigner = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, seal.Certificate, seal.Key)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        cmsSigner.SignedAttributes.Add(new Pkcs9SigningTime(time.GetUtcNow().UtcDateTime));
        cmsSigner.SignedAttributes.Add(CadesAttributes.SigningCertificateV2(seal.Certificate));
        cmsSigner.Certificates.Add(seal.Issuing);
        cms.ComputeSignature(cmsSigner, silent: true);

        // B-T: time-stamp the signature value (RFC 3161 over SignerInfo.signature, RFC 5126 §5.11.4).
        var signerInfo = cms.SignerInfos[0];
        var request = Rfc3161TimestampRequest.CreateFromSignerInfo(signerInfo, HashAlgorithmName.SHA256, requestSignerCertificates: true,
            nonce: RandomNumberGenerator.GetBytes(8));
        var token = request.ProcessResponse(await tsa.RespondAsync(request.Encode(), cancellationToken), out _);
        signerInfo.AddUnsignedAttribute(new AsnEncodedData(new Oid(CadesAttributes.SignatureTimeStampOid), token.AsSignedCms().Encode()));
        return (cms.Encode(), null);
    }
}
