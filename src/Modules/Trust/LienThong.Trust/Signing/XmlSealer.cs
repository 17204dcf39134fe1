using System.Security.Cryptography.Xml;
using System.Xml;
using LienThong.Trust.Keys;
using LienThong.Trust.Persistence;

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
        var (seal, error) = await SigningCredentials.OpenSealAsync(db, keys, time.GetUtcNow().UtcDateTime, agencyElectronicId, cancellationToken);
        if (seal is null)
        {
            return (null, error);
        }
        using var credentials = seal;
        var signed = new SignedXml(document) { SigningKey = seal.Key };
        signed.SignedInfo!.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        signed.SignedInfo.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        var data = new KeyInfoX509Data(seal.Certificate);
        data.AddCertificate(seal.Issuing);
        signed.KeyInfo = new KeyInfo();
        signed.KeyInfo.AddClause(data);
        signed.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signed.GetXml(), deep: true));
        using var output = new MemoryStream();
        document.Save(output);
        return (output.ToArray(), null);
    }
}
