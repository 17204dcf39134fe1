namespace LienThong.Documents.Domain;

/// <summary>
/// The last number an agency gave in a series and a year (Decree 30/2020/NĐ-CP Art. 15: numbering restarts on 1 January;
/// secret documents have their own series).
/// </summary>
internal sealed class NumberSeries
{
    public string Agency { get; set; } = "";

    public int Year { get; set; }

    /// <summary><c>hanh-chinh</c> (the agency's administrative documents), <c>mat</c> (secret), or a series the agency keeps.</summary>
    public string Series { get; set; } = "";

    public int Last { get; set; }
}
