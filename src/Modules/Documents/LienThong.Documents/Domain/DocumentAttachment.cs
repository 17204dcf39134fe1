namespace LienThong.Documents.Domain;

/// <summary>
/// An appendix or attachment in a separate file (Decree 30/2020/NĐ-CP Appendix I §III.1d): a PDF, sealed by the clerk at
/// issue with the agency's signature at the top right of its first page (number and notation, signing time, no image).
/// </summary>
internal sealed class DocumentAttachment
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    /// <summary>Its place among the document's attachments (1, 2, …): <c>cid:{Position + 1}</c> in the package.</summary>
    public int Position { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The PDF as uploaded, then as sealed at issue.</summary>
    public byte[] Content { get; set; } = [];

    public bool Sealed { get; set; }

    public string UploadedBy { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }
}
