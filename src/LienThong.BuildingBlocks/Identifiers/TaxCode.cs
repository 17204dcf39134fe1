namespace LienThong.BuildingBlocks.Identifiers;

/// <summary>
/// The enterprise tax code (mã số thuế, MST): 10 digits — d1d2 the tax authority's province at registration, d3–d9 a
/// sequence, d10 a check digit — or 13 with <c>-001</c>…<c>-999</c> for a dependent unit. Check digit: weights
/// 31, 29, 23, 19, 17, 13, 7, 5, 3 on d1–d9; S mod 11 = 0 is invalid; otherwise d10 = 10 − (S mod 11), 0 when that is 10.
/// Individuals use their 12-digit personal identification number since 1/7/2025 (Circular 86/2024/TT-BTC).
/// </summary>
public static class TaxCode
{
    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    /// <summary>Null when valid; otherwise why not, in Vietnamese.</summary>
    public static string? Problem(string? value)
    {
        if (value is null || !(value.Length == 10 || (value.Length == 14 && value[10] == '-')))
        {
            return "Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu '-' và 3 chữ số của đơn vị phụ thuộc.";
        }
        var digits = value[..10];
        if (!digits.All(char.IsAsciiDigit) || (value.Length == 14 && (!value[11..].All(char.IsAsciiDigit) || value[11..] == "000")))
        {
            return "Mã số thuế chỉ gồm chữ số (đơn vị phụ thuộc từ 001 đến 999).";
        }
        var sum = Weights.Select((w, i) => w * (digits[i] - '0')).Sum();
        var remainder = sum % 11;
        if (remainder == 0)
        {
            return "Mã số thuế không hợp lệ (không có chữ số kiểm tra cho dãy số này).";
        }
        var check = remainder == 10 ? 0 : 10 - remainder;
        return digits[9] - '0' == check ? null : $"Chữ số kiểm tra của mã số thuế phải là {check}.";
    }

    public static bool IsValid(string? value) => Problem(value) is null;

    /// <summary>The check digit for nine digits, or null when the sequence admits none.</summary>
    public static int? CheckDigit(string nineDigits)
    {
        var remainder = Weights.Select((w, i) => w * (nineDigits[i] - '0')).Sum() % 11;
        return remainder == 0 ? null : remainder == 10 ? 0 : 10 - remainder;
    }
}
