using System.Globalization;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LienThong.Registry.Features;

/// <summary>Parses query parameters at the boundary so that a bad value is a 400 naming the field.</summary>
internal static class QueryParameters
{
    public static bool TryDate(string? value, TimeProvider time, out DateOnly date, out ProblemHttpResult? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            date = VietnamTime.Today(time);
            return true;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        problem = Problems.Invalid("at", $"Ngày '{value}' không hợp lệ; dùng dạng YYYY-MM-DD, ví dụ 2023-12-25.");
        return false;
    }

    public static bool TryLevel(string? value, out int? level, out ProblemHttpResult? problem)
    {
        (level, problem) = (null, null);
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 3)
        {
            level = parsed;
            return true;
        }
        problem = Problems.Invalid("level", $"Cấp '{value}' không hợp lệ; dùng 1 (tỉnh), 2 (huyện) hoặc 3 (xã).");
        return false;
    }

    public const int MaxTextLength = 100;

    /// <summary>An administrative-unit code: 2, 3 or 5 digits (QĐ 124/2004, QĐ 19/2025).</summary>
    public static bool TryUnitCode(string? value, string field, out string? code, out ProblemHttpResult? problem)
    {
        (code, problem) = (string.IsNullOrWhiteSpace(value) ? null : value.Trim(), null);
        if (code is null || (code.Length is >= 2 and <= 5 && code.All(char.IsAsciiDigit)))
        {
            return true;
        }
        problem = Problems.Invalid(field, $"Mã đơn vị '{code}' không hợp lệ; mã gồm 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số.");
        return false;
    }

    public static bool TryText(string? value, out string? text, out ProblemHttpResult? problem)
    {
        (text, problem) = (string.IsNullOrWhiteSpace(value) ? null : value.Trim(), null);
        if (text is null || text.Length <= MaxTextLength)
        {
            return true;
        }
        problem = Problems.Invalid("q", $"Chuỗi tìm kiếm dài quá {MaxTextLength} ký tự.");
        return false;
    }
}
