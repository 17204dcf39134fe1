using LienThong.Trust.Contracts;

namespace LienThong.Trust.Signing;

internal sealed class DocumentSigner(PadesSigner pades, CmsSealer cms, XmlSealer xmlSealer) : IDocumentSigner
{
    public Task<SigningResult> SignPdfAsync(byte[] pdf, PdfSigningRequest request, CancellationToken cancellationToken = default) =>
        pades.SignAsync(pdf, request, cancellationToken);

    public async Task<SigningResult> SealDetachedAsync(byte[] content, string agencyElectronicId, CancellationToken cancellationToken = default)
    {
        var (signature, error) = await cms.SealDetachedAsync(content, agencyElectronicId, cancellationToken);
        return new SigningResult(signature, error);
    }

    public async Task<SigningResult> SealXmlAsync(byte[] xml, string agencyElectronicId, CancellationToken cancellationToken = default)
    {
        var (signed, error) = await xmlSealer.SealEnvelopedAsync(xml, agencyElectronicId, cancellationToken);
        return new SigningResult(signed, error);
    }
}
