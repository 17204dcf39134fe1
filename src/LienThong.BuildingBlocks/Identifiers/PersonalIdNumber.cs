namespace LienThong.BuildingBlocks.Identifiers;

/// <summary>
/// The 12-digit personal identification number (số định danh cá nhân, on the chip ID card):
/// <c>PPP G YY RRRRRR</c> — PPP the province of birth registration ("0" + the statistics office's
/// 2-digit code of the 63 provinces before 2025; numbers never change), G century and sex
/// (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s …), YY the last two digits of the birth year,
/// then 6 random digits. There is no check digit. Circular 59/2021/TT-BCA; Decree 70/2024/NĐ-CP.
/// Never log it whole: use <see cref="Mask"/>.
/// </summary>
public static class PersonalIdNumber
{
    /// <summary>The 63 provincial codes of QĐ 124/2004/QĐ-TTg, kept after 1/7/2025 because issued numbers do not change.</summary>
    public static readonly IReadOnlySet<string> ProvincePrefixes = new HashSet<string>(StringComparer.Ordinal)
    {
        "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024", "025",
        "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048",
        "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075",
        "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
    };

    public enum Sex
    {
        Male,
        Female,
    }

    /// <summary>Null when valid; otherwise why not, in Vietnamese.</summary>
    public static string? Problem(string? value, DateOnly? birthDate = null, Sex? sex = null)
    {
        if (value is null || value.Length != 12 || !value.All(char.IsAsciiDigit))
        {
            return "Số định danh cá nhân phải gồm đúng 12 chữ số.";
        }
        if (!ProvincePrefixes.Contains(value[..3]))
        {
            return $"Ba chữ số đầu '{value[..3]}' không phải mã tỉnh, thành phố nơi đăng ký khai sinh.";
        }
        var code = value[3] - '0';
        var century = 1900 + (code / 2 * 100);
        if (birthDate is { } born)
        {
            var year = century + int.Parse(value.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture);
            if (year != born.Year)
            {
                return $"Chữ số thứ 4–6 ứng với năm sinh {year}, không khớp với ngày sinh {born:dd/MM/yyyy}.";
            }
        }
        if (sex is { } declared && (code % 2 == 1 ? Sex.Female : Sex.Male) != declared)
        {
            return "Chữ số thứ 4 (thế kỷ và giới tính) không khớp với giới tính đã khai.";
        }
        return null;
    }

    public static bool IsValid(string? value, DateOnly? birthDate = null, Sex? sex = null) => Problem(value, birthDate, sex) is null;

    /// <summary>For logs and audit: the province prefix and the last 2 digits only ("049*******12").</summary>
    public static string Mask(string? value) =>
        value is { Length: 12 } ? value[..3] + new string('*', 7) + value[^2..] : "***";
}
