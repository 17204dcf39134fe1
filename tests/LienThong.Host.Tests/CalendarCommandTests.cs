using System.Text.Json;
using LienThong.Testing;

namespace LienThong.Host.Tests;

/// <summary>`lienthong calendar …` as processes on the host's database.</summary>
public sealed class CalendarCommandTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        LienThongProcess.RunAsync(app.Database.DataDirectory, null, args);

    [Fact]
    public async Task LunarSolarWorkingDaysAndHolidays()
    {
        var lunar = await RunAsync("calendar", "lunar", "2007-02-17", "--json");
        var solar = await RunAsync("calendar", "solar", "--lunar", "10/3/2025");
        var leap = await RunAsync("calendar", "solar", "--lunar", "1/2/2023", "--leap");
        var missing = await RunAsync("calendar", "solar", "--lunar", "30/12/2024");
        var due = await RunAsync("calendar", "add-working-days", "2025-01-24", "3");
        var holidays = await RunAsync("calendar", "holidays", "2026", "--json");
        var set = await RunAsync("calendar", "set", "2026-02-23", "--off", "--name", "Nghỉ Tết Bính Ngọ", "--basis", "Thông báo lịch nghỉ Tết 2026 (thử nghiệm)");
        var both = await RunAsync("calendar", "set", "2026-02-24", "--off", "--working", "--name", "x", "--basis", "y");
        var moved = await RunAsync("calendar", "add-working-days", "2026-02-20", "1");
        var unset = await RunAsync("calendar", "unset", "2026-02-23");

        var lunarDate = JsonDocument.Parse(lunar.Out).RootElement;
        Assert.Equal((0, 1, 1, 2007, false), (lunar.Exit, lunarDate.GetProperty("day").GetInt32(), lunarDate.GetProperty("month").GetInt32(),
            lunarDate.GetProperty("year").GetInt32(), lunarDate.GetProperty("leap").GetBoolean()));
        Assert.Equal("2025-04-07", solar.Out.Trim());
        Assert.Equal("2023-03-22", leap.Out.Trim());
        Assert.Equal(1, missing.Exit);
        Assert.Contains("Không có ngày 30/12/2024", missing.Error, StringComparison.Ordinal);
        Assert.Equal("2025-02-05", due.Out.Trim());
        Assert.Contains(JsonDocument.Parse(holidays.Out).RootElement.EnumerateArray(), d => d.GetProperty("date").GetString() == "2026-02-17");
        Assert.Equal(0, set.Exit);
        Assert.Equal(2, both.Exit);
        Assert.Equal("2026-02-24", moved.Out.Trim()); // Friday 20/2 → Monday 23/2 is now a day off
        Assert.Equal(0, unset.Exit);
    }
}
