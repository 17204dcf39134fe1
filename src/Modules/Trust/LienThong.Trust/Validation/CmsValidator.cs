using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using LienThong.Trust.Persistence;
using LienThong.Trust.Signing;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Trust.Validation;

/// <summary>
/// Validates detached CMS/CAdES signatures: integrity (message digest, then the signature value), the
/// signature time-stamp as proof of existence, the chain to a trusted root (the platform's), and the
/// certificate's revocation at the time the signature is proven to have existed.
/// </summary>
internal sealed class CmsValidator(TrustDbContext db, TimeProvider time, TrustAnchors trustAnchors)
{
    private const string MessageDigestOid = "1.2.840.113549.1.9.4";

    public async Task<IReadOnlyList<SignatureReport>> ValidateDetachedAsync(byte[] content, byte[] signature, CancellationToken cancellationToken)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        try
        {
            cms.Decode(signature);
        }
        catch (CryptographicException)
        {
            return [Report(null, null, null, Indications.TotalFailed, Indications.FormatFailure,
                "Tệp chữ ký không phải CMS/PKCS#7 hợp lệ.", "The signature file is not valid CMS/PKCS#7.")];
        }
        var anchors = await trustAnchors.GetAsync(db, cancellationToken);
        var reports = new List<SignatureReport>();
        foreach (var signer in cms.SignerInfos)
        {
            reports.Add(await ValidateAsync(cms, signer, content, anchors, cancellationToken));
        }
        return reports;
    }

    private async Task<SignatureReport> ValidateAsync(SignedCms cms, SignerInfo signer, byte[] content, TrustAnchors.Anchors anchors,
        CancellationToken ct)
    {
        var certificate = signer.Certificate;
        var claimed = signer.SignedAttributes.OfType<CryptographicAttributeObject>()
            .SelectMany(a => a.Values.OfType<AsnEncodedData>().Select(v => (a.Oid.Value, v)))
            .Where(a => a.Value == "1.2.840.113549.1.9.5").Select(a => (DateTimeOffset?)new Pkcs9SigningTime(a.v.RawData).SigningTime).FirstOrDefault();
        SignatureReport Result(string indication, string? sub, DateTimeOffset? poe, string vi, string en) =>
            Report(certificate, claimed, poe, indication, sub, vi, en);

        // Integrity first: the digest over the content (when signed attributes carry it; without them the
        // signature covers the content directly), then the signature value.
        var digest = signer.SignedAttributes.OfType<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == MessageDigestOid);
        var messageDigest = new Pkcs9MessageDigest();
        if (digest is not null)
        {
            messageDigest.CopyFrom(digest.Values[0]);
        }
        if (digest is not null && !messageDigest.MessageDigest.AsSpan().SequenceEqual(HashOf(content, signer.DigestAlgorithm)))
        {
            return Result(Indications.TotalFailed, Indications.HashFailure, null,
                "Nội dung đã bị thay đổi sau khi ký.", "The content was changed after signing.");
        }
        try
        {
            signer.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            return Result(Indications.TotalFailed, Indications.SigCryptoFailure, null,
                "Giá trị chữ ký không khớp với khoá của người ký.", "The signature value does not verify with the signer's key.");
        }
        if (certificate is null)
        {
            return Result(Indications.Indeterminate, Indications.NoCertificateChainFound, null,
                "Không có chứng thư của người ký.", "The signer's certificate is missing.");
        }

        // Proof of existence: the signature time-stamp (RFC 3161 over the signature value).
        DateTimeOffset? poe = null;
        var stamp = signer.UnsignedAttributes.OfType<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == CadesAttributes.SignatureTimeStampOid);
        if (stamp is not null && Rfc3161TimestampToken.TryDecode(stamp.Values[0].RawData, out var token, out _)
            && token.VerifySignatureForSignerInfo(signer, out _))
        {
            poe = token.TokenInfo.Timestamp;
        }

        return await TrustOfAsync(certificate, cms.Certificates, poe, anchors, Result, ct);
    }

    /// <summary>
    /// Whether a signer's certificate is trusted at the proven signing time (<paramref name="poe"/>, else now): a chain to a
    /// trusted root, then revocation — from the CA's records for the platform's certificates, online for configured roots.
    /// </summary>
    internal async Task<SignatureReport> TrustOfAsync(X509Certificate2 certificate, X509Certificate2Collection carried, DateTimeOffset? poe,
        TrustAnchors.Anchors anchors, Func<string, string?, DateTimeOffset?, string, string, SignatureReport> Result, CancellationToken ct)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(anchors.Roots.ToArray());
        chain.ChainPolicy.ExtraStore.AddRange(carried);
        // The platform's own intermediate is known even when a signature does not carry it.
        chain.ChainPolicy.ExtraStore.Add(anchors.PlatformIssuing);
        // Revocation is decided below: from the CA's own records for the platform's certificates, at the proven signing time.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = (poe ?? time.GetUtcNow()).UtcDateTime;
        if (!chain.Build(certificate))
        {
            var statuses = chain.ChainStatus.Select(s => s.Status).ToHashSet();
            return statuses.Contains(X509ChainStatusFlags.NotTimeValid) && !statuses.Contains(X509ChainStatusFlags.UntrustedRoot)
                && !statuses.Contains(X509ChainStatusFlags.PartialChain)
                ? Result(Indications.Indeterminate, Indications.OutOfBoundsNoPoe, poe,
                    "Chứng thư không còn hiệu lực tại thời điểm kiểm tra và không có dấu thời gian chứng minh thời điểm ký.",
                    "The certificate is not valid at the validation time and no time-stamp proves when it signed.")
                : Result(Indications.Indeterminate, Indications.NoCertificateChainFound, poe,
                    "Không xây dựng được chuỗi chứng thư tới một CA gốc tin cậy.", "No certificate chain to a trusted root was found.");
        }

        var root = chain.ChainElements[^1].Certificate;
        if (!root.RawDataMemory.Span.SequenceEqual(anchors.PlatformRoot.RawDataMemory.Span))
        {
            return ExternalRevocation(certificate, anchors, poe ?? time.GetUtcNow(), poe, Result);
        }
        var serial = certificate.SerialNumber;
        var record = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.SerialNumber == serial, ct);
        if (record?.RevokedAtUtc is { } revokedAt)
        {
            if (poe is null)
            {
                return Result(Indications.Indeterminate, Indications.RevokedNoPoe, null,
                    "Chứng thư đã bị thu hồi và không có dấu thời gian chứng minh chữ ký có trước thời điểm thu hồi.",
                    "The certificate is revoked and no time-stamp proves the signature existed before.");
            }
            if (revokedAt <= poe.Value.UtcDateTime)
            {
                return Result(Indications.TotalFailed, Indications.Revoked, poe,
                    $"Chứng thư đã bị thu hồi ({record.RevocationReason}) trước thời điểm ký.",
                    $"The certificate was revoked ({record.RevocationReason}) before the signing time.");
            }
        }
        return Result(Indications.TotalPassed, null, poe, "Chữ ký hợp lệ.", "The signature is valid.");
    }

    /// <summary>
    /// A certificate under a configured root: its issuer's CRL or OCSP responder is asked (RFC 5280 §4.2.1.13, 5 s at most).
    /// Without an answer the result cannot be decided now (TRY_LATER, ETSI EN 319 102-1 §5.2.5).
    /// </summary>
    private static SignatureReport ExternalRevocation(X509Certificate2 certificate, TrustAnchors.Anchors anchors, DateTimeOffset at, DateTimeOffset? poe,
        Func<string, string?, DateTimeOffset?, string, string, SignatureReport> result)
    {
        using var online = new X509Chain();
        online.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        online.ChainPolicy.CustomTrustStore.AddRange(anchors.Roots.ToArray());
        online.ChainPolicy.RevocationMode = X509RevocationMode.Online;
        online.ChainPolicy.RevocationFlag = X509RevocationFlag.EndCertificateOnly;
        online.ChainPolicy.UrlRetrievalTimeout = TimeSpan.FromSeconds(5);
        online.ChainPolicy.VerificationTime = at.UtcDateTime;
        if (online.Build(certificate))
        {
            return result(Indications.TotalPassed, null, poe, "Chữ ký hợp lệ.", "The signature is valid.");
        }
        var statuses = online.ChainStatus.Select(s => s.Status).ToHashSet();
        return statuses.Contains(X509ChainStatusFlags.Revoked)
            ? result(Indications.TotalFailed, Indications.Revoked, poe, "Chứng thư đã bị thu hồi.", "The certificate is revoked.")
            : result(Indications.Indeterminate, Indications.TryLater, poe,
                "Chưa lấy được thông tin thu hồi của chứng thư từ CA cấp; hãy kiểm tra lại sau.",
                "No revocation information could be obtained from the issuing CA; try again later.");
    }

    private static byte[] HashOf(byte[] content, Oid algorithm) => algorithm.Value switch
    {
        "2.16.840.1.101.3.4.2.2" => SHA384.HashData(content),
        "2.16.840.1.101.3.4.2.3" => SHA512.HashData(content),
        _ => SHA256.HashData(content),
    };

    internal static SignatureReport Report(X509Certificate2? certificate, DateTimeOffset? claimed, DateTimeOffset? poe, string indication,
        string? sub, string vi, string en) =>
        new(certificate?.GetNameInfo(X509NameType.SimpleName, false), certificate?.SerialNumber, claimed, poe, indication, sub, vi, en);
}
