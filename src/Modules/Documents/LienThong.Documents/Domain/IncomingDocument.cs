namespace LienThong.Documents.Domain;

/// <summary>
/// A document received by an agency (văn bản đến) with the metadata of Decree 30/2020/NĐ-CP Appendix VI Part II §II, and
/// its edXML status (QCVN 102:2016): <c>01</c> arrived (sent back automatically), <c>03</c> registered, then 04–06; 02 returned.
/// </summary>
internal sealed class IncomingDocument
{
    public Guid Id { get; set; }

    /// <summary>The receiving agency's e-ID.</summary>
    public string Agency { get; set; } = "";

    /// <summary>The edXML DocumentId <c>{OrganId},{yyyy/MM/dd},{number}/{notation}</c>.</summary>
    public string DocumentId { get; set; } = "";

    public string FromOrganId { get; set; } = "";

    public string FromName { get; set; } = "";

    public string CodeNumber { get; set; } = "";

    public string CodeNotation { get; set; } = "";

    public DateOnly PromulgationDate { get; set; }

    public string TypeName { get; set; } = "";

    public string Subject { get; set; } = "";

    public string? SignerPosition { get; set; }

    public string? SignerName { get; set; }

    public int Priority { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateTimeOffset ArrivedAt { get; set; }

    /// <summary>The incoming register's number (số đến), given when the clerk registers it.</summary>
    public int? ArrivalNumber { get; set; }

    public int? ArrivalYear { get; set; }

    public DateOnly? ArrivalDate { get; set; }

    public string Status { get; set; } = "01";

    /// <summary>The package as received; emptied when the sender's recall is accepted (status 15).</summary>
    public byte[] Package { get; set; } = [];

    /// <summary>The exchange message that delivered it through the gateway (null when imported from a file): a redelivery is recognised by it.</summary>
    public string? MessageId { get; set; }

    /// <summary>The official the document is assigned to for handling (status 04), a user name.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>The sender's reason when it asked for the document back (status 13), until the clerk answers.</summary>
    public string? RecallReason { get; set; }

    /// <summary>The <c>Bussiness</c> block: 0 new, 1 revokes, 2 updates, 3 replaces <see cref="RelatedDocumentId"/>.</summary>
    public int BusinessType { get; set; }

    public string? RelatedDocumentId { get; set; }

    /// <summary>When a later document revoked, updated or replaced this one: its DocumentId.</summary>
    public string? SupersededBy { get; set; }

    /// <summary>What happened to it here, JSON (a list of Drafting.StatusNote).</summary>
    public string History { get; set; } = "[]";

    public int Revision { get; set; }
}
