using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using LienThong.Trust.Persistence;

namespace LienThong.Trust.Validation;

/// <summary>
/// Validates an enveloped XML-DSig signature such as <see cref="Signing.XmlSealer"/> makes (an edXML package sealed by the
/// sending system): one signature, a child of the root, whose only reference is the whole document (<c>URI=""</c>) with the
/// enveloped-signature and canonicalisation transforms — nothing else, so that no part can be wrapped or left out; the value
/// checked with the carried certificate; then the chain and revocation as for CMS signatures.
/// </summary>
internal sealed class XmlSignatureValidator(TrustDbContext db, TrustAnchors trustAnchors, CmsValidator cms)
{
    private static readonly HashSet<string> AllowedTransforms =
    [
        SignedXml.XmlDsigEnvelopedSignatureTransformUrl, SignedXml.XmlDsigExcC14NTransformUrl, SignedXml.XmlDsigC14NTransformUrl,
    ];

    /// <summary>The report, or null when the XML carries no signature.</summary>
    /// <param name="sealAgencies">When given, a certificate of the platform's CA must be the seal of one of these agencies (e-IDs).</param>
    public async Task<SignatureReport?> ValidateAsync(byte[] xml, IReadOnlyCollection<string>? sealAgencies, CancellationToken cancellationToken)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document.Load(reader);
        }
        catch (XmlException)
        {
            return Failed(Indications.FormatFailure, "Tệp không phải XML hợp lệ.", "The file is not well-formed XML.");
        }
        var signatures = document.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl).OfType<XmlElement>().ToList();
        if (signatures.Count == 0)
        {
            return null;
        }
        if (signatures.Count > 1 || signatures[0].ParentNode != document.DocumentElement)
        {
            return Failed(Indications.FormatFailure, "Gói tin phải có đúng một chữ ký, đặt trong phần tử gốc.",
                "The package must carry exactly one signature, a child of the root element.");
        }
        var signed = new SignedXml(document);
        try
        {
            signed.LoadXml(signatures[0]);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException)
        {
            return Failed(Indications.FormatFailure, "Chữ ký XML không đúng cấu trúc.", "The XML signature is malformed.");
        }
        var references = signed.SignedInfo!.References.OfType<Reference>().ToList();
        if (references is not [{ Uri: "" } whole] || Enumerable.Range(0, whole.TransformChain.Count).Any(i => !AllowedTransforms.Contains(whole.TransformChain[i].Algorithm!)))
        {
            return Failed(Indications.FormatFailure, "Chữ ký phải bao trùm toàn bộ gói tin (một tham chiếu URI=\"\").",
                "The signature must cover the whole package (a single reference with URI=\"\").");
        }
        var carried = new X509Certificate2Collection();
        foreach (var data in signed.KeyInfo.OfType<KeyInfoX509Data>())
        {
            carried.AddRange((data.Certificates ?? new System.Collections.ArrayList()).OfType<X509Certificate2>().ToArray());
        }
        if (carried.Count == 0)
        {
            return CmsValidator.Report(null, null, null, Indications.Indeterminate, Indications.NoSigningCertificateFound,
                "Chữ ký không kèm chứng thư của bên ký; không kiểm tra được.", "The signature carries no signing certificate.");
        }
        var signer = carried.OfType<X509Certificate2>().FirstOrDefault(c => Verifies(signed, c));
        if (signer is null)
        {
            return Failed(Indications.SigCryptoFailure, "Gói tin đã bị thay đổi sau khi ký, hoặc chữ ký không khớp với chứng thư kèm theo.",
                "The package was changed after signing, or the signature does not verify with the carried certificate.");
        }
        var anchors = await trustAnchors.GetAsync(db, cancellationToken);
        SignatureReport Result(string indication, string? sub, DateTimeOffset? poe, string vi, string en) =>
            CmsValidator.Report(signer, null, poe, indication, sub, vi, en);
        var report = await cms.TrustOfAsync(signer, carried, null, anchors, Result, cancellationToken);
        if (report.Indication == Indications.TotalPassed && sealAgencies is not null && IsPlatformCertificate(signer, carried, anchors)
            && !sealAgencies.Any(a => OrganizationIdentifier(signer) == "VN-EID:" + a))
        {
            return Result(Indications.Indeterminate, Indications.ChainConstraintsFailure, null,
                $"Chữ ký số hợp lệ nhưng không phải con dấu của cơ quan gửi ({string.Join(", ", sealAgencies)}).",
                "A valid signature, but not the seal of the sending agency.");
        }
        return report;
    }

    /// <summary>The organizationIdentifier (2.5.4.97) of a seal certificate, e.g. <c>VN-EID:000.00.00.H15</c>.</summary>
    private static string? OrganizationIdentifier(X509Certificate2 certificate) =>
        certificate.SubjectName.EnumerateRelativeDistinguishedNames().FirstOrDefault(n => n.GetSingleElementType().Value == "2.5.4.97")?.GetSingleElementValue();

    private static bool IsPlatformCertificate(X509Certificate2 certificate, X509Certificate2Collection carried, TrustAnchors.Anchors anchors)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(anchors.PlatformRoot);
        chain.ChainPolicy.ExtraStore.AddRange(carried);
        chain.ChainPolicy.ExtraStore.Add(anchors.PlatformIssuing);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid;
        return chain.Build(certificate);
    }

    private static bool Verifies(SignedXml signed, X509Certificate2 certificate)
    {
        try
        {
            return signed.CheckSignature(certificate, verifySignatureOnly: true);
        }
        catch (Exception e) when (e is CryptographicException or InvalidCastException or NotSupportedException or FormatException)
        {
            return false;
        }
    }

    private static SignatureReport Failed(string sub, string vi, string en) =>
        CmsValidator.Report(null, null, null, Indications.TotalFailed, sub, vi, en);
}
