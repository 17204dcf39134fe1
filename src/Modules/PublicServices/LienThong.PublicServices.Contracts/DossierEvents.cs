namespace LienThong.PublicServices.Contracts;

/// <summary>The kinds of dossier events the indicators count (Decision 766/QĐ-TTg service-quality index).</summary>
public static class DossierEventKinds
{
    /// <summary>Submitted and coded; <see cref="DossierEventDto.Channel"/> says how (<c>online</c>, <c>counter</c>).</summary>
    public const string Received = "received";

    /// <summary>A component was scanned or uploaded at intake (digitised).</summary>
    public const string Digitised = "digitised";

    /// <summary>Form fields were pre-filled from a register.</summary>
    public const string Prefilled = "prefilled";

    /// <summary>A component was re-used from the citizen's store.</summary>
    public const string Reused = "reused";

    /// <summary>A component was fetched from the issuing register through the gateway.</summary>
    public const string Fetched = "fetched";

    public const string Accepted = "accepted";

    /// <summary>Moved to the next step (to another agency when <see cref="DossierEventDto.Agency"/> changes, through the gateway).</summary>
    public const string HandedOver = "handed-over";

    public const string SupplementRequested = "supplement-requested";

    public const string SupplementReceived = "supplement-received";

    public const string PaidOnline = "paid-online";

    /// <summary>The result was issued electronically (a signed PDF).</summary>
    public const string ResultIssued = "result-issued";

    public const string Returned = "returned";

    public const string Refused = "refused";

    public const string Rated = "rated";

    /// <summary>Found past its appointment date (once per dossier and appointment).</summary>
    public const string Overdue = "overdue";
}

/// <param name="Sequence">Increasing; read on from the last one seen.</param>
/// <param name="DossierCode">Null for the events of a draft (pre-filled fields), which come before its receipt.</param>
/// <param name="Agency">The agency acting (its e-ID).</param>
/// <param name="Unit">The administrative unit of the agency (code valid on the event's date).</param>
/// <param name="OnTime">For <see cref="DossierEventKinds.Returned"/>: whether the result came by the appointment date.</param>
/// <param name="Score">For <see cref="DossierEventKinds.Rated"/>: the citizen's satisfaction, 1 (very dissatisfied) to 5 (very satisfied).</param>
/// <param name="FeeDue">For <see cref="DossierEventKinds.Received"/>: whether fees are to be paid (the online payment rate's base).</param>
public sealed record DossierEventDto(long Sequence, Guid DossierId, string? DossierCode, string ProcedureCode, string Kind, DateTimeOffset At,
    string? Agency, string? Unit, string? Channel, string? Step, double? ElapsedSeconds, bool? OnTime, int? Score = null, bool? FeeDue = null);

/// <summary>Dossier events for other modules (the indicators): read in order, from a sequence number on.</summary>
public interface IDossierEventFeed
{
    Task<IReadOnlyList<DossierEventDto>> ReadAsync(long after, int max, CancellationToken cancellationToken = default);
}
