namespace LienThong.Indicators.Domain;

/// <summary>
/// One dossier as the indicators see it, projected from the dossier events (never from the dossiers' tables): where and when
/// it was received, how, and what happened to it. The drill-down from an index figure lists these.
/// </summary>
internal sealed class DossierFact
{
    public Guid DossierId { get; set; }

    public string? DossierCode { get; set; }

    public string ProcedureCode { get; set; } = "";

    /// <summary>The receiving agency (e-ID) and its unit, as coded on the day of receipt. Every later event counts for them.</summary>
    public string? Agency { get; set; }

    public string? UnitCode { get; set; }

    /// <summary>The day of receipt in Vietnam (UTC+7); null until the receipt event is seen.</summary>
    public DateOnly? ReceivedOn { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    public bool Online { get; set; }

    public bool Digitised { get; set; }

    /// <summary>Data or documents re-used (pre-filled from a register, re-used from the citizen's store, fetched from the issuing register).</summary>
    public bool Reused { get; set; }

    /// <summary>Fees were to be paid when it was received.</summary>
    public bool FeeDue { get; set; }

    public DateOnly? PaidOnlineOn { get; set; }

    public bool ResultIssued { get; set; }

    public DateOnly? ReturnedOn { get; set; }

    public bool? OnTime { get; set; }

    /// <summary>From receipt to return, in days (calendar time).</summary>
    public double? HandlingDays { get; set; }

    public DateOnly? RatedOn { get; set; }

    public int? Score { get; set; }
}

/// <summary>
/// Daily counters per receiving agency and unit, kept with the facts (incremental aggregates): the index over any period sums
/// these rows instead of reading every dossier. Each counter is dated by the event it counts (receipt, return, payment, rating).
/// </summary>
internal sealed class DossierDay
{
    public DateOnly Day { get; set; }

    public string UnitCode { get; set; } = "";

    public string Agency { get; set; } = "";

    public int Received { get; set; }

    public int Online { get; set; }

    public int Digitised { get; set; }

    public int Reused { get; set; }

    public int Returned { get; set; }

    public int ReturnedOnTime { get; set; }

    /// <summary>Returned that day with the result issued electronically.</summary>
    public int ReturnedElectronic { get; set; }

    public double HandlingDays { get; set; }

    /// <summary>Received that day with fees to pay, and of those, paid online (whenever the payment came).</summary>
    public int FeeDue { get; set; }

    public int PaidOnline { get; set; }

    public int Rated { get; set; }

    /// <summary>Ratings of 4 (satisfied) or 5 (very satisfied).</summary>
    public int Satisfied { get; set; }

    public int ScoreSum { get; set; }
}

/// <summary>
/// A unit or agency code that has daily counters, and the first and last day it has them: the index looks here for the codes
/// of a period (a few hundred) instead of scanning the counters.
/// </summary>
internal sealed class RecordedCode
{
    /// <summary><c>unit</c> or <c>agency</c>.</summary>
    public string Kind { get; set; } = "";

    public string Code { get; set; } = "";

    public DateOnly FirstDay { get; set; }

    public DateOnly LastDay { get; set; }
}

/// <summary>How far a projection has read another module's event feed.</summary>
internal sealed class FeedCursor
{
    public string Feed { get; set; } = "";

    public long Position { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An issued document as the indicators see it (from the document events): who issued it, when, whether it went out electronically.</summary>
internal sealed class DocumentFact
{
    /// <summary>The edXML DocumentId <c>{OrganId},{yyyy/MM/dd},{number}/{notation}</c>.</summary>
    public string DocumentId { get; set; } = "";

    public string Agency { get; set; } = "";

    public string? UnitCode { get; set; }

    public DateOnly? IssuedOn { get; set; }

    /// <summary>The first day it was sent to another agency through the platform.</summary>
    public DateOnly? SentOn { get; set; }
}
