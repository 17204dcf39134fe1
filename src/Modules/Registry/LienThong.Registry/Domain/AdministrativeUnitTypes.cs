namespace LienThong.Registry.Domain;

/// <summary>
/// Unit types as the statistics office writes them (QĐ 124/2004/QĐ-TTg, QĐ 19/2025/QĐ-TTg) and the
/// level each sits at. Kept as data: a new decree adds a row, not an enum member.
/// </summary>
internal static class AdministrativeUnitTypes
{
    public static readonly IReadOnlyDictionary<string, int> Level = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Tỉnh"] = 1,
        ["Thành phố Trung ương"] = 1,
        ["Thành phố"] = 2,
        ["Thị xã"] = 2,
        ["Quận"] = 2,
        ["Huyện"] = 2,
        ["Phường"] = 3,
        ["Xã"] = 3,
        ["Thị trấn"] = 3,
        ["Đặc khu"] = 3,
    };

    /// <summary>Code length per level: province 2 digits, district 3, commune 5 (QĐ 124/2004, QĐ 19/2025).</summary>
    public static int CodeLength(int level) => level switch { 1 => 2, 2 => 3, _ => 5 };
}
