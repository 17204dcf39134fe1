namespace LienThong.Trust.Contracts;

/// <summary>
/// Signs documents for other modules: PDFs at PAdES baseline B-T or B-LT (one signature per call, as an incremental
/// update, so that earlier signatures stay valid), any file as a detached CAdES B-T <c>.p7s</c>, XML enveloped.
/// </summary>
public interface IDocumentSigner
{
    Task<SigningResult> SignPdfAsync(byte[] pdf, PdfSigningRequest request, CancellationToken cancellationToken = default);

    Task<SigningResult> SealDetachedAsync(byte[] content, string agencyElectronicId, CancellationToken cancellationToken = default);

    Task<SigningResult> SealXmlAsync(byte[] xml, string agencyElectronicId, CancellationToken cancellationToken = default);
}

/// <summary>The signed bytes, or why nothing was signed (Vietnamese, for people).</summary>
public sealed record SigningResult(byte[]? Signed, string? Error)
{
    public bool Succeeded => Signed is not null;
}

/// <summary>How the mark of a PDF signature looks (Decree 30/2020/NĐ-CP Appendix I §II.7–8, Part II).</summary>
public enum PdfSignatureMark
{
    /// <summary>An official: the blue handwritten-style signature; a seal: the red seal over the left third of it.</summary>
    Visible,

    /// <summary>A separate attachment: top right of page 1, no image, the number and notation and the signing time.</summary>
    Attachment,

    /// <summary>No visible mark.</summary>
    Invisible,
}

/// <summary>One PDF signature: by an official (user name) or with an agency's seal (e-ID).</summary>
/// <param name="Notation">Number and notation shown on attachments, e.g. <c>05/QĐ-UBND</c>.</param>
/// <param name="LongTerm">B-LT: the certificates, CRLs and OCSP responses go into the document's DSS dictionary.</param>
public sealed record PdfSigningRequest(string? OfficialUserName, string? SealElectronicId, PdfSignatureMark Mark = PdfSignatureMark.Visible,
    string? Notation = null, bool LongTerm = true, string? Reason = null, string? Location = null)
{
    public static PdfSigningRequest Official(string userName) => new(userName, null);

    public static PdfSigningRequest Seal(string electronicId) => new(null, electronicId);
}
