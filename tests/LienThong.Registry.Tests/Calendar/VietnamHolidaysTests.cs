using LienThong.BuildingBlocks.Time;

namespace LienThong.Registry.Tests.Calendar;

public class VietnamHolidaysTests
{
    private static DateOnly[] DaysOff(int year) => [.. VietnamHolidays.Statutory(year).Where(d => d.DayOff).Select(d => d.Date)];

    [Fact]
    public void Year2025_HasTheLabourCodeDays_AndTheMakeUpForTetOnSaturday()
    {
        string[] expected =
        [
            "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-03", "2025-04-07", "2025-04-30",
            "2025-05-01", "2025-09-01", "2025-09-02",
        ];

        Assert.Equal(expected.Select(DateOnly.Parse), DaysOff(2025));
        Assert.Contains(VietnamHolidays.Statutory(2025), d => d.Date == new DateOnly(2025, 2, 3) && d.Basis == VietnamHolidays.MakeUpRule);
    }

    [Theory]
    [InlineData(2024, "2024-09-03")] // 2/9 on a Monday: the Tuesday after
    [InlineData(2025, "2025-09-01")] // 2/9 on a Tuesday: the Monday before
    [InlineData(2022, "2022-09-01")] // 2/9 on a Friday: the Thursday before
    public void NationalDay_HasOneAdjacentDay(int year, string adjacent) =>
        Assert.Contains(DateOnly.Parse(adjacent), DaysOff(year));

    [Fact]
    public void NewYearOnSunday_IsMadeUpOnMonday()
    {
        // 1 January 2023 was a Sunday.
        Assert.Contains(new DateOnly(2023, 1, 2), DaysOff(2023));
    }

    [Fact]
    public void VictoryAndLabourDayOnAWeekend_AreMadeUpOnTheNextFreeWorkingDays()
    {
        // 2022: 30/4 Saturday, 1/5 Sunday → Monday 2/5 and Tuesday 3/5.
        var days = DaysOff(2022);

        Assert.Contains(new DateOnly(2022, 5, 2), days);
        Assert.Contains(new DateOnly(2022, 5, 3), days);
    }
}
