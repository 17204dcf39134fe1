using LienThong.Trust.Contracts;

namespace LienThong.Trust.Validation;

internal sealed class SignatureVerifier(CmsValidator validator, XmlSignatureValidator xml) : ISignatureVerifier
{
    public async Task<SignatureVerdict> VerifyDetachedAsync(byte[] content, byte[] signature, CancellationToken cancellationToken = default)
    {
        var reports = await validator.ValidateDetachedAsync(content, signature, cancellationToken);
        return Verdict(reports);
    }

    public async Task<SignatureVerdict?> VerifyXmlAsync(byte[] document, IReadOnlyCollection<string>? sealAgencies = null,
        CancellationToken cancellationToken = default) =>
        await xml.ValidateAsync(document, sealAgencies, cancellationToken) is { } report ? Verdict([report]) : null;

    private static SignatureVerdict Verdict(IReadOnlyList<SignatureReport> reports)
    {
        var failed = reports.FirstOrDefault(r => r.Indication != Indications.TotalPassed);
        var shown = failed ?? reports.FirstOrDefault();
        return new SignatureVerdict(reports.Count > 0 && failed is null, shown?.Signer, shown?.TimeStampedSigningTime,
            shown is null ? Indications.TotalFailed : shown.Indication + (shown.SubIndication is null ? "" : "/" + shown.SubIndication),
            shown?.Detail ?? "Không có chữ ký.");
    }
}
