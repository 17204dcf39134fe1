using System.Globalization;
using System.Text.RegularExpressions;
using LienThong.Documents.Domain;

namespace LienThong.Documents.Numbering;

/// <summary>
/// Number, notation and the place-and-date line of Decree 30/2020/NĐ-CP (Appendix I §II.3–4, Art. 15): <c>Số: 05/QĐ-UBND</c>
/// for a typed document (type abbreviation – issuer abbreviation), <c>Số: 12/UBND-VX</c> for a công văn (issuer – drafting
/// unit or field); numbers below 10 take a leading zero; the date line pads days below 10 and the months 1 and 2.
/// </summary>
public static partial class Notation
{
    /// <summary>An abbreviation as agencies set them: Vietnamese capitals and digits, the type abbreviations' mixed case allowed.</summary>
    [GeneratedRegex(@"^[\p{Lu}\p{Ll}0-9]{1,12}$")]
    private static partial Regex Abbreviation();

    public static string Number(int number) =>
        number is < 1 or > 999_999 ? throw new ArgumentOutOfRangeException(nameof(number)) : number.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The notation (ký hiệu), or an error in Vietnamese.</summary>
    public static (string? Notation, string? Error) Of(DocumentType type, string issuer, string? unit)
    {
        if (!Abbreviation().IsMatch(issuer))
        {
            return (null, $"Chữ viết tắt tên cơ quan \"{issuer}\" không hợp lệ.");
        }
        if (unit is not null && !Abbreviation().IsMatch(unit))
        {
            return (null, $"Chữ viết tắt đơn vị soạn thảo \"{unit}\" không hợp lệ.");
        }
        if (type.NoAbbreviation)
        {
            return unit is null
                ? (null, $"{type.Name} ghi ký hiệu theo đơn vị soạn thảo hoặc lĩnh vực (ví dụ UBND-VX): thiếu chữ viết tắt đơn vị.")
                : ($"{issuer}-{unit}", null);
        }
        return ($"{type.Code}-{issuer}" + (unit is null ? "" : "-" + unit), null);
    }

    /// <summary><c>Số: 05/QĐ-UBND</c>.</summary>
    public static string NumberLine(int number, string notation) => $"Số: {Number(number)}/{notation}";

    /// <summary><c>Quảng Nam, ngày 05 tháng 01 năm 2024</c>; <c>ngày 29 tháng 6 năm 2019</c>.</summary>
    public static string PlaceAndDate(string place, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{place}, ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");
}
