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

    /// <summary>The package as received.</summary>
    public byte[] Package { get; set; } = [];

    public int Revision { get; set; }
}
