namespace LienThong.PublicServices.Domain;

/// <summary>Where a dossier is in its life.</summary>
public enum DossierStatus
{
    /// <summary>Being prepared by the citizen; nothing is sent.</summary>
    Draft,

    /// <summary>Submitted and coded; the clock runs; waiting at the current step.</summary>
    Processing,

    /// <summary>A supplement was asked for: the clock is stopped until the citizen answers.</summary>
    AwaitingSupplement,

    /// <summary>The tax authority holds the information slip (financial obligations being determined).</summary>
    AwaitingTax,

    /// <summary>The notice is issued; the citizen is to pay.</summary>
    AwaitingPayment,

    /// <summary>The result is signed and waits to be returned.</summary>
    ResultReady,

    /// <summary>The result was returned to the citizen (the end).</summary>
    Returned,

    /// <summary>Refused with reasons (the end).</summary>
    Refused,
}

/// <summary>
/// A dossier (hồ sơ TTHC): a citizen's application for one version of a procedure, its form values and files, where it
/// is in the procedure's steps, its clock, payment and result. Drafts have no code; the code
/// <c>{receiving agency e-ID}-YYMMDD-XXXX</c> is given at submission.
/// </summary>
internal sealed class Dossier
{
    public Guid Id { get; set; }

    public string? Code { get; set; }

    public string ProcedureCode { get; set; } = "";

    /// <summary>The version of the procedure the dossier follows (its first day of validity).</summary>
    public DateOnly ProcedureVersion { get; set; }

    /// <summary>The applicant's personal identification number (never logged in full).</summary>
    public string ApplicantId { get; set; } = "";

    public string ApplicantName { get; set; } = "";

    /// <summary>The administrative unit of the applicant's residence, as signed in (for indicators).</summary>
    public string? ApplicantUnit { get; set; }

    public DossierStatus Status { get; set; }

    /// <summary><c>online</c> or <c>counter</c>.</summary>
    public string Channel { get; set; } = "online";

    /// <summary>The receiving agency's e-ID, fixed at submission (it begins the code).</summary>
    public string? Agency { get; set; }

    /// <summary>The receiving agency's administrative unit (for indicators).</summary>
    public string? AgencyUnit { get; set; }

    /// <summary>The step waiting for action (a step code of the procedure).</summary>
    public string? Step { get; set; }

    public DateTimeOffset? StepSince { get; set; }

    /// <summary>The form values as JSON (<c>{"field":"value"}</c>).</summary>
    public string Form { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>What the citizen agreed to at submission (the preview's digest and the wording shown).</summary>
    public string? Consent { get; set; }

    /// <summary>The working day the clock starts from.</summary>
    public DateOnly? ClockStart { get; set; }

    /// <summary>The appointment date; null while the clock is stopped.</summary>
    public DateOnly? Due { get; set; }

    /// <summary>Supplement pauses as JSON (<see cref="Dossiers.ClockPause"/> list).</summary>
    public string Pauses { get; set; } = "[]";

    /// <summary>What the officer asked for, while a supplement is awaited.</summary>
    public string? SupplementRequest { get; set; }

    /// <summary>Fees and taxes to pay, in đồng (the notice's total for land transfers).</summary>
    public long AmountDue { get; set; }

    /// <summary><c>none</c>, <c>due</c>, <c>paid</c>.</summary>
    public string Payment { get; set; } = "none";

    public string? PaymentReference { get; set; }

    public string? TaxNotice { get; set; }

    /// <summary>For land transfers: the new certificate number given by the land register.</summary>
    public string? Certificate { get; set; }

    public string? RefusalReason { get; set; }

    /// <summary>The latest apology slip (phiếu xin lỗi và hẹn lại ngày trả kết quả) given for being overdue.</summary>
    public string? Apology { get; set; }

    /// <summary>The new appointment promised on the apology slip: a later recomputation never brings the date before it.</summary>
    public DateOnly? Rescheduled { get; set; }

    public int? Rating { get; set; }

    public string? RatingComment { get; set; }

    /// <summary>Optimistic concurrency: two officers acting at once cannot both move the dossier.</summary>
    public int Revision { get; set; }
}

/// <summary>A file of a dossier: an uploaded scan, a re-used document of the citizen's store, data fetched from a register, or the result.</summary>
internal sealed class DossierFile
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The procedure's component code, or <c>ket-qua</c> for the result.</summary>
    public string Component { get; set; } = "";

    /// <summary><c>upload</c>, <c>reuse</c>, <c>fetch</c>, <c>supplement</c> or <c>result</c>.</summary>
    public string Source { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    /// <summary>For re-used documents: the stored document.</summary>
    public Guid? StoredDocument { get; set; }

    /// <summary>For fetched data: the exchange that read it (shown in the citizen's data tracker).</summary>
    public string? MessageId { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>
/// One event in a dossier's history: who did what, when, at which step, against which budget, and how long the step took.
/// The kinds are those the indicators count (<see cref="Contracts.DossierEventKinds"/>).
/// </summary>
internal sealed class DossierEvent
{
    public long Id { get; set; }

    public Guid DossierId { get; set; }

    public string? DossierCode { get; set; }

    public string ProcedureCode { get; set; } = "";

    public string Kind { get; set; } = "";

    public DateTimeOffset At { get; set; }

    /// <summary>The official's user name, the citizen's masked number, or <c>he-thong</c>.</summary>
    public string Actor { get; set; } = "";

    public string? Agency { get; set; }

    public string? Unit { get; set; }

    public string? Channel { get; set; }

    public string? Step { get; set; }

    public double? BudgetDays { get; set; }

    /// <summary>Time spent on the step that ended with this event.</summary>
    public double? ElapsedSeconds { get; set; }

    /// <summary>Vietnamese, for the history (reasons, what was asked, amounts).</summary>
    public string? Detail { get; set; }

    /// <summary>For a returned result: whether it came by the appointment date.</summary>
    public bool? OnTime { get; set; }

    /// <summary>For <c>rated</c>: the citizen's satisfaction, 1–5.</summary>
    public int? Score { get; set; }

    /// <summary>For <c>received</c>: whether the procedure's fees are to be paid (online or at the counter).</summary>
    public bool? FeeDue { get; set; }
}

/// <summary>A machine leg between agencies (e.g. the information slip sent → the tax notice received), timed.</summary>
internal sealed class DossierLeg
{
    public long Id { get; set; }

    public Guid DossierId { get; set; }

    public string ProcedureCode { get; set; } = "";

    /// <summary><c>parcel</c>, <c>tax</c>, <c>payment</c>, <c>land-register</c>, <c>signing</c>.</summary>
    public string Leg { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset EndedAt { get; set; }

    public bool Succeeded { get; set; }

    public string? MessageId { get; set; }
}

/// <summary>
/// A document in the citizen's store ("Kho dữ liệu của tôi"): issued or certified for them, re-usable in later dossiers
/// by its evidence type (no notarised copy again).
/// </summary>
internal sealed class StoredDocument
{
    public Guid Id { get; set; }

    public string Owner { get; set; } = "";

    public string EvidenceType { get; set; } = "";

    public string Title { get; set; } = "";

    public string Issuer { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    /// <summary>The dossier whose result it is, when issued on the platform.</summary>
    public string? SourceDossier { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
