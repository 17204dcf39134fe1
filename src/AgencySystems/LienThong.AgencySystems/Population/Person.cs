namespace LienThong.AgencySystems.Population;

/// <summary>A resident as the population register knows them (synthetic data over real communes of the registry).</summary>
internal sealed class Person
{
    public string PersonalIdNumber { get; set; } = "";

    public string FullName { get; set; } = "";

    public DateOnly BirthDate { get; set; }

    /// <summary><c>male</c> or <c>female</c>.</summary>
    public string Sex { get; set; } = "";

    /// <summary>The commune of permanent residence (statistics office code, valid on the seed's date).</summary>
    public string UnitCode { get; set; } = "";

    public string AddressDetail { get; set; } = "";

    public string HouseholdId { get; set; } = "";

    /// <summary>Relation to the head of household: <c>Chủ hộ</c>, <c>Vợ</c>, <c>Chồng</c>, <c>Con</c>, <c>Cha</c>, <c>Mẹ</c>.</summary>
    public string Relation { get; set; } = "";
}
