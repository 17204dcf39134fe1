namespace LienThong.Registry.Domain;

/// <summary>
/// One day of a year's official schedule, as announced (e.g. the Ministry's notice of the Tết days off for civil
/// servants): a day off, or a working day that is made up on a weekend. Overrides the statutory default for that date.
/// </summary>
internal sealed class CalendarEntry
{
    public DateOnly Date { get; set; }

    public bool DayOff { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The document that announced it (number, date, issuer).</summary>
    public string Basis { get; set; } = "";

    public string ChangedBy { get; set; } = "";

    public DateTimeOffset ChangedAt { get; set; }
}
