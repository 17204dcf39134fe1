using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using LienThong.Trust.Keys;
using LienThong.Trust.Persistence;
using LienThong.Trust.Pki;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Trust.Signing;

/// <summary>
/// Enveloped XML-DSig (XML Signature 1.1) with an agency's seal: RSA-SHA256, exclusive C14N, the whole
/// document referenced (URI=""), the certificate and issuing CA in KeyInfo — for edXML packages.
/// </summary>
internal sealed class XmlSealer(TrustDbContext db, IKeyStore keys, TimeProvider time)
{
    public async Task<(byte[]? Signed, string? Error)> SealEnvelopedAsync(byte[] xml, string agencyElectronicId, CancellationToken cancellationToken)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            // No DTDs, no external entities: untrusted input (XXE).
            using var reader = XmlReader.Create(new MemoryStream(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document.Load(reader);
        }
        catch (XmlException e)
        {
            return (null, $"Tệp không phải XML hợp lệ: {e.Message}");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var seal = await db.Certificates.AsNoTracking()
            .Where(c => c.Profile == CertificateProfiles.Seal && c.AgencyElectronicId == agencyElectronicId && c.RevokedAtUtc == null && c.NotAfterUtc > now)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (seal is null)
        {
            return (null, $"Cơ quan {agencyElectronicId} chưa có chứng thư con dấu còn hiệu lực.");
        }
        var issuing = await db.Certificates.AsNoTracking().SingleAsync(c => c.Profile == CertificateProfiles.IssuingCa, cancellationToken);
        using var certificate = X509CertificateLoader.LoadCertificate(seal.Der);
        using var issuingCertificate = X509CertificateLoader.LoadCertificate(issuing.Der);
        using var signer = keys.Open(seal.KeyId);
        using var key = new SignerRsa(signer);

        var signed = new SignedXml(document) { SigningKey = key };
        signed.SignedInfo!.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        signed.SignedInfo.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        var data = new KeyInfoX509Data(certificate);
        data.AddCertificate(issuingCertificate);
        signed.KeyInfo = new KeyInfo();
        signed.KeyInfo.AddClause(data);
        signed.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signed.GetXml(), deep: true));
        using var output = new MemoryStream();
        document.Save(output);
        return (output.ToArray(), null);
    }
}
