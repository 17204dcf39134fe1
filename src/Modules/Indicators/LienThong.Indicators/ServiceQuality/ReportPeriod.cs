using System.Globalization;

namespace LienThong.Indicators.ServiceQuality;

/// <summary>
/// The period of a figure, as the API and the pages read it: <c>yyyy-MM-dd</c> dates, from 1 January of the end's year to
/// today unless given; the start before the end, from the year 2000, ten years at most.
/// </summary>
internal static class ReportPeriod
{
    /// <returns>Null when the period is valid, else the field at fault and a Vietnamese message.</returns>
    public static (string Field, string Message)? TryRead(string? from, string? to, DateOnly today, out DateOnly start, out DateOnly end)
    {
        start = default;
        if (!TryDate(to, today, out end))
        {
            return ("to", "Ngày cuối kỳ phải có dạng yyyy-MM-dd (ví dụ 2025-01-31).");
        }
        if (!TryDate(from, new DateOnly(end.Year, 1, 1), out start))
        {
            return ("from", "Ngày đầu kỳ phải có dạng yyyy-MM-dd (ví dụ 2025-01-01).");
        }
        return start > end || end.DayNumber - start.DayNumber > 3660 || start.Year < 2000
            ? ("from", "Khoảng thời gian không hợp lệ: đầu kỳ trước cuối kỳ, từ năm 2000, tối đa 10 năm.")
            : null;
    }

    private static bool TryDate(string? value, DateOnly fallback, out DateOnly day)
    {
        day = fallback;
        return string.IsNullOrEmpty(value) || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }
}
