using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using LienThong.Trust.TimeStamping;

namespace LienThong.Trust.Signing;

/// <summary>
/// A detached CMS signature at CAdES baseline B-T (ETSI EN 319 122-1): signing-certificate-v2, the issuing CA
/// certificate, and an RFC 3161 signature time-stamp over the signature value (RFC 5126 §5.11.4) from the
/// platform's TSA. PAdES leaves out the signing-time attribute (ETSI EN 319 142-1 §6.3: the time is /M).
/// </summary>
internal static class CadesSignature
{
    public static async Task<byte[]> CreateAsync(byte[] content, SigningCredentials credentials, DateTimeOffset? signingTime,
        TimeStampAuthority tsa, CancellationToken cancellationToken)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var cmsSigner = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, credentials.Certificate, credentials.Key)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        if (signingTime is { } at)
        {
            cmsSigner.SignedAttributes.Add(new Pkcs9SigningTime(at.UtcDateTime));
        }
        cmsSigner.SignedAttributes.Add(CadesAttributes.SigningCertificateV2(credentials.Certificate));
        cmsSigner.Certificates.Add(credentials.Issuing);
        cms.ComputeSignature(cmsSigner, silent: true);

        var signerInfo = cms.SignerInfos[0];
        var request = Rfc3161TimestampRequest.CreateFromSignerInfo(signerInfo, HashAlgorithmName.SHA256, requestSignerCertificates: true,
            nonce: RandomNumberGenerator.GetBytes(8));
        var token = request.ProcessResponse(await tsa.RespondAsync(request.Encode(), cancellationToken), out _);
        signerInfo.AddUnsignedAttribute(new AsnEncodedData(new Oid(CadesAttributes.SignatureTimeStampOid), token.AsSignedCms().Encode()));
        return cms.Encode();
    }
}
