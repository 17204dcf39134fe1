namespace LienThong.Documents.Domain;

/// <summary>
/// The copy of an issued document sent to one agency on the platform through the gateway's store-and-forward delivery,
/// and the statuses its receiver reported back (edXML status messages). One per document and receiving agency.
/// </summary>
internal sealed class DocumentDelivery
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    /// <summary>The sending agency's e-ID.</summary>
    public string Agency { get; set; } = "";

    /// <summary>The receiving agency's e-ID, as addressed.</summary>
    public string Recipient { get; set; } = "";

    public string RecipientName { get; set; } = "";

    /// <summary>The exchange message carrying the package (<c>/x/messages/{id}</c> shows its delivery).</summary>
    public string MessageId { get; set; } = "";

    public DateTimeOffset SentAt { get; set; }

    /// <summary>The latest status the receiver reported (01–06, 15, 16), or 13 while a recall is asked; null until the first.</summary>
    public string? Status { get; set; }

    public DateTimeOffset? StatusAt { get; set; }

    /// <summary>Every status, JSON (a list of Drafting.StatusNote).</summary>
    public string History { get; set; } = "[]";

    public int Revision { get; set; }
}
