namespace LienThong.AgencySystems.Business;

/// <summary>An enterprise as the business register knows it (synthetic, in real communes; legal representatives are residents).</summary>
internal sealed class Enterprise
{
    public string TaxCode { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Công ty TNHH một thành viên, Công ty TNHH hai thành viên trở lên, Công ty cổ phần, Doanh nghiệp tư nhân.</summary>
    public string Type { get; set; } = "";

    public DateOnly RegisteredOn { get; set; }

    public string UnitCode { get; set; } = "";

    public string AddressDetail { get; set; } = "";

    public string RepresentativeId { get; set; } = "";

    public string RepresentativeName { get; set; } = "";

    /// <summary>VSIC 2018 code and name of the main business line (Decision 27/2018/QĐ-TTg).</summary>
    public string MainActivity { get; set; } = "";

    /// <summary><c>active</c>, <c>suspended</c> or <c>dissolved</c>.</summary>
    public string Status { get; set; } = "active";
}
