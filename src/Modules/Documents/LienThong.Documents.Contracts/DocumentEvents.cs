namespace LienThong.Documents.Contracts;

/// <summary>The kinds of document events the indicators count (documents signed digitally, sent and received electronically, processed on time).</summary>
public static class DocumentEventKinds
{
    /// <summary>The signer's digital signature went on (PAdES, personal).</summary>
    public const string SignedDigitally = "signed-digitally";

    /// <summary>Numbered and sealed with the agency's signature.</summary>
    public const string Issued = "issued";

    /// <summary>Sent through the platform to an agency (one per receiving agency); <see cref="DocumentEventDto.Counterpart"/> is the receiver.</summary>
    public const string SentElectronically = "sent-electronically";

    /// <summary>Arrived electronically (<see cref="DocumentEventDto.Channel"/> <c>platform</c> through the gateway, or <c>file</c> imported).</summary>
    public const string ReceivedElectronically = "received-electronically";

    public const string Registered = "registered";

    public const string Returned = "returned";

    /// <summary>Completed; <see cref="DocumentEventDto.OnTime"/> says whether by the due date, when the document had one.</summary>
    public const string Completed = "completed";
}

/// <param name="Sequence">Increasing; read on from the last one seen.</param>
/// <param name="DocumentId">The edXML DocumentId <c>{OrganId},{yyyy/MM/dd},{number}/{notation}</c> (null before the document is numbered).</param>
/// <param name="Agency">The agency acting (its e-ID).</param>
/// <param name="Unit">The agency's administrative unit, when it has one.</param>
public sealed record DocumentEventDto(long Sequence, string Kind, DateTimeOffset At, string Agency, string? Unit, string? DocumentId, string? Counterpart,
    string? Channel, bool? OnTime);

/// <summary>Document events for other modules (the indicators): read in order, from a sequence number on.</summary>
public interface IDocumentEventFeed
{
    Task<IReadOnlyList<DocumentEventDto>> ReadAsync(long after, int max, CancellationToken cancellationToken = default);
}
