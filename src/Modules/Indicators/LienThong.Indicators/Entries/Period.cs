using System.Globalization;
using System.Text.RegularExpressions;

namespace LienThong.Indicators.Entries;

/// <summary>A reporting period: a year (<c>2024</c>), a quarter (<c>2024-Q1</c>) or a month (<c>2024-03</c>).</summary>
public sealed partial record Period(string Label, DateOnly Start, DateOnly End)
{
    public static bool TryParse(string? text, out Period period)
    {
        period = null!;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return false;
        }
        if (match.Groups["quarter"].Success)
        {
            var quarter = match.Groups["quarter"].Value[0] - '0';
            var start = new DateOnly(year, 3 * quarter - 2, 1);
            period = new Period($"{year}-Q{quarter}", start, start.AddMonths(3).AddDays(-1));
        }
        else if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            var start = new DateOnly(year, month, 1);
            period = new Period($"{year}-{month:00}", start, start.AddMonths(1).AddDays(-1));
        }
        else
        {
            period = new Period($"{year}", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        return true;
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:[Qq](?<quarter>[1-4])|(?<month>0[1-9]|1[0-2])))?$")]
    private static partial Regex Pattern();
}
