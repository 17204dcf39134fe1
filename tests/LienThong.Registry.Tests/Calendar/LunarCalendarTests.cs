using LienThong.BuildingBlocks.Time;

namespace LienThong.Registry.Tests.Calendar;

public class LunarCalendarTests
{
    [Theory]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2007, "2007-02-17")] // China (UTC+8): 18 February
    [InlineData(1985, "1985-01-21")] // China: 20 February
    [InlineData(2023, "2023-01-22")]
    public void Tet_IsTheNewMoonDayInVietnam(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), LunarCalendar.NewYear(year));

    [Fact]
    public void Tet2007_DiffersFromDotNetsChineseCalendar()
    {
        var chinese = new System.Globalization.ChineseLunisolarCalendar();
        var chineseNewYear = DateOnly.FromDateTime(chinese.ToDateTime(2007, 1, 1, 0, 0, 0, 0));

        Assert.Equal(new DateOnly(2007, 2, 18), chineseNewYear);
        Assert.Equal(new DateOnly(2007, 2, 17), LunarCalendar.NewYear(2007));
    }

    [Theory]
    [InlineData("2024-04-18")]
    [InlineData("2025-04-07")]
    [InlineData("2026-04-26")]
    public void HungKingsDay_Is10thOfThe3rdMonth(string date) =>
        Assert.Equal(new LunarDate(10, 3, DateOnly.Parse(date).Year, false), LunarCalendar.ToLunar(DateOnly.Parse(date)));

    [Fact]
    public void LeapMonth_2023HadALeapSecondMonth()
    {
        // 2023 (Quý Mão): tháng 2 nhuận began on 22 March 2023.
        Assert.Equal(new LunarDate(1, 2, 2023, true), LunarCalendar.ToLunar(new DateOnly(2023, 3, 22)));
        Assert.Equal(new DateOnly(2023, 3, 22), LunarCalendar.ToSolar(new LunarDate(1, 2, 2023, true)));
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(1, 3, 2023, true)));
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(1, 2, 2024, true)));
    }

    [Fact]
    public void EveryDayFrom1900To2100_RoundTrips()
    {
        for (var date = new DateOnly(1900, 1, 1); date <= new DateOnly(2100, 12, 31); date = date.AddDays(1))
        {
            var lunar = LunarCalendar.ToLunar(date);
            Assert.True(LunarCalendar.ToSolar(lunar) == date, $"{date:yyyy-MM-dd} → {lunar} → {LunarCalendar.ToSolar(lunar)}");
        }
    }

    [Fact]
    public void ADay30ThatDoesNotExist_HasNoSolarDate()
    {
        var tet = LunarCalendar.NewYear(2025);
        var yearBefore = LunarCalendar.ToLunar(tet.AddDays(-1));

        Assert.Equal(12, yearBefore.Month);
        Assert.Null(LunarCalendar.ToSolar(yearBefore with { Day = yearBefore.Day + 1 }));
    }
}
