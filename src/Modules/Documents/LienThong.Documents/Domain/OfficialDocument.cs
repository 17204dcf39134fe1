namespace LienThong.Documents.Domain;

public enum DocumentStatus
{
    /// <summary>Being drafted; comments may be added.</summary>
    Draft,

    /// <summary>The signer approved the content.</summary>
    Approved,

    /// <summary>Numbered, laid out and signed by the signer (PAdES); waits for the clerk.</summary>
    Signed,

    /// <summary>Sealed by the clerk with the agency's signature and entered in the outgoing register.</summary>
    Issued,
}

/// <summary>An outgoing administrative document of an agency, from draft to issue (Decree 30/2020/NĐ-CP Art. 10–18).</summary>
internal sealed class OfficialDocument
{
    public Guid Id { get; set; }

    /// <summary>The issuing agency's e-ID (the one in force when drafted).</summary>
    public string Agency { get; set; } = "";

    public string AgencyName { get; set; } = "";

    public string? ParentAgency { get; set; }

    /// <summary>The issuer's abbreviation in the notation (e.g. <c>UBND</c>).</summary>
    public string IssuerAbbreviation { get; set; } = "";

    public string TypeCode { get; set; } = "";

    public string Subject { get; set; } = "";

    /// <summary>The content's paragraphs, JSON.</summary>
    public string Paragraphs { get; set; } = "[]";

    /// <summary>"Kính gửi" (công văn), JSON.</summary>
    public string Addressees { get; set; } = "[]";

    /// <summary>"Nơi nhận", JSON.</summary>
    public string Recipients { get; set; } = "[]";

    /// <summary>The receiving agencies' e-IDs (edXML To), JSON.</summary>
    public string ToAgencies { get; set; } = "[]";

    /// <summary>The drafting unit's abbreviation (công văn notation, archive line).</summary>
    public string? DraftingUnit { get; set; }

    public string Series { get; set; } = "hanh-chinh";

    public string? Urgency { get; set; }

    public string? Secrecy { get; set; }

    public DateOnly? DueDate { get; set; }

    /// <summary>The official who will sign (user name), with competence and title as printed.</summary>
    public string Signer { get; set; } = "";

    public string? SignerCompetence { get; set; }

    public string SignerTitle { get; set; } = "";

    public string SignerName { get; set; } = "";

    public string Place { get; set; } = "";

    public DocumentStatus Status { get; set; }

    public int? Number { get; set; }

    public string? Notation { get; set; }

    public int? Year { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public byte[]? Pdf { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Review comments and actions, JSON (a list of Drafting.DocumentNote).</summary>
    public string History { get; set; } = "[]";

    /// <summary>Type name, number and notation, subject, content and the attachments' text, folded (no diacritics, lower case) for search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The text of the attachments (PdfPig), folded, kept to rebuild <see cref="SearchText"/>.</summary>
    public string AttachmentsText { get; set; } = "";

    /// <summary>The <c>Bussiness</c> block when sent: 0 new, 1 revokes, 2 updates, 3 replaces <see cref="RelatedDocumentId"/>.</summary>
    public int BusinessType { get; set; }

    /// <summary>The edXML DocumentId of the earlier document this one revokes, updates or replaces.</summary>
    public string? RelatedDocumentId { get; set; }

    public string? BusinessReason { get; set; }

    public int Revision { get; set; }
}
