namespace LienThong.BuildingBlocks.Time;

/// <summary>A day off (or a make-up working day) and why.</summary>
public sealed record CalendarDay(DateOnly Date, bool DayOff, string Name, string Basis);

/// <summary>
/// Public holidays by the rules of the Labour Code 2019 (Bộ luật Lao động số 45/2019/QH14): Art. 112(1) — New Year 1/1,
/// Tết Nguyên Đán 5 days, Hùng Kings' Commemoration 10/3 lunar, Victory Day 30/4, Labour Day 1/5, National Day 2/9 and one
/// day next to it; Art. 111(3) — a holiday on a weekly rest day is made up on the next working day. Which 5 days of Tết
/// and which day next to 2/9 the Prime Minister decides each year (Art. 112(3)); the defaults here are the last day of
/// the lunar year with days 1–4 of the new one, and the weekday next to 2/9 that joins it to a weekend (else the day
/// after). Each year's official schedule (and make-up working days) is entered as data and overrides these defaults.
/// Weekly rest days are Saturday and Sunday (Decree 45/2013/NĐ-CP for state offices; Decision 188/1999/QĐ-TTg).
/// </summary>
public static class VietnamHolidays
{
    public const string LabourCode = "Bộ luật Lao động 2019, Điều 112";
    public const string MakeUpRule = "Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù)";

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The statutory days off of a year, with the make-up days for those that fall on a weekend, in date order.</summary>
    public static IReadOnlyList<CalendarDay> Statutory(int year)
    {
        var tet = LunarCalendar.NewYear(year);
        var nationalDay = new DateOnly(year, 9, 2);
        var holidays = new List<CalendarDay>
        {
            new(new DateOnly(year, 1, 1), true, "Tết Dương lịch", LabourCode),
            new(tet.AddDays(-1), true, "Tết Nguyên Đán (ngày cuối năm âm lịch)", LabourCode),
        };
        holidays.AddRange(Enumerable.Range(0, 4).Select(i => new CalendarDay(tet.AddDays(i), true, $"Tết Nguyên Đán (mùng {i + 1})", LabourCode)));
        holidays.Add(new(LunarCalendar.ToSolar(new LunarDate(10, 3, year, false))!.Value, true, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", LabourCode));
        holidays.Add(new(new DateOnly(year, 4, 30), true, "Ngày Chiến thắng", LabourCode));
        holidays.Add(new(new DateOnly(year, 5, 1), true, "Ngày Quốc tế lao động", LabourCode));
        holidays.Add(new(nationalDay, true, "Quốc khánh", LabourCode));
        holidays.Add(new(NextToNationalDay(nationalDay), true, "Quốc khánh (ngày liền kề)", LabourCode));
        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));

        var taken = holidays.Select(h => h.Date).ToHashSet();
        var makeUps = new List<CalendarDay>();
        foreach (var holiday in holidays.Where(h => IsWeekend(h.Date)))
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }
            taken.Add(day);
            makeUps.Add(new CalendarDay(day, true, $"Nghỉ bù {holiday.Name} ({holiday.Date:dd/MM})", MakeUpRule));
        }
        return [.. holidays.Concat(makeUps).OrderBy(d => d.Date)];
    }

    private static DateOnly NextToNationalDay(DateOnly nationalDay)
    {
        var (before, after) = (nationalDay.AddDays(-1), nationalDay.AddDays(1));
        if (before.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Friday)
        {
            return before;
        }
        if (after.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Friday)
        {
            return after;
        }
        return IsWeekend(after) ? before : after;
    }
}
