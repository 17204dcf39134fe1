namespace LienThong.Indicators.Domain;

/// <summary>
/// A value of an entered indicator (not computed from platform data) for a unit and period, with its evidence: entered or
/// imported by the responsible agency, counted once a leader of that agency approves it.
/// </summary>
internal sealed class EnteredValue
{
    public Guid Id { get; set; }

    public string Framework { get; set; } = "";

    public string Version { get; set; } = "";

    public string Indicator { get; set; } = "";

    /// <summary>The administrative unit (or agency e-ID) the value is for.</summary>
    public string UnitCode { get; set; } = "";

    /// <summary><c>2024</c>, <c>2024-Q1</c> or <c>2024-03</c>, and the days it covers.</summary>
    public string Period { get; set; } = "";

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public decimal Value { get; set; }

    /// <summary>Where the figure comes from: a document's number and date, a report, a link.</summary>
    public string Evidence { get; set; } = "";

    public string Agency { get; set; } = "";

    public string EnteredBy { get; set; } = "";

    public DateTimeOffset EnteredAt { get; set; }

    /// <summary><c>form</c>, or the imported file's name.</summary>
    public string Source { get; set; } = "";

    public string Status { get; set; } = EnteredValueStatus.Submitted;

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }
}

internal static class EnteredValueStatus
{
    public const string Submitted = "submitted";
    public const string Approved = "approved";
}
