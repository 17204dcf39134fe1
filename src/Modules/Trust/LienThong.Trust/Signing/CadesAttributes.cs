using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LienThong.Trust.Signing;

/// <summary>CAdES attributes .NET does not build itself (ETSI EN 319 122-1).</summary>
internal static class CadesAttributes
{
    public const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";
    public const string SignatureTimeStampOid = "1.2.840.113549.1.9.16.2.14";

    /// <summary>
    /// signing-certificate-v2 (RFC 5035): SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 },
    /// ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (omitted), certHash OCTET STRING, issuerSerial }.
    /// Binds the signature to the certificate so it cannot be swapped.
    /// </summary>
    public static AsnEncodedData SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4)))
                {
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                }
                writer.WriteInteger(certificate.SerialNumberBytes.Span);
            }
        }
        return new AsnEncodedData(SigningCertificateV2Oid, writer.Encode());
    }
}
