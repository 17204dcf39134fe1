using LienThong.PublicServices.Dossiers;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.PublicServices.Tests;

/// <summary>The dossier's clock on the working-day calendar: the 15:00 cut-off, Tết, supplements that stop it, warnings, apologies.</summary>
public sealed class DossierClockTests(SqliteApp app) : IClassFixture<SqliteApp>, IDisposable
{
    private readonly IServiceScope scope = app.Services.CreateScope();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DossierClock Clock() => scope.ServiceProvider.GetRequiredService<DossierClock>();

    public void Dispose() => scope.Dispose();

    [Fact]
    public async Task Deadline_SkipsTetHoliday()
    {
        var clock = Clock();

        var start = await clock.StartAsync(new DateTimeOffset(2025, 1, 24, 10, 0, 0, TimeSpan.FromHours(7)), Ct);

        Assert.Equal(new DateOnly(2025, 1, 24), start);
        Assert.Equal(new DateOnly(2025, 2, 5), await clock.DueAsync(start, 3, [], Ct));
    }

    [Fact]
    public async Task AReceiptAfter3pmOrOnADayOff_CountsFromTheNextWorkingDay()
    {
        var clock = Clock();

        // 08:30 UTC is 15:30 in Vietnam.
        Assert.Equal(new DateOnly(2025, 1, 27), await clock.StartAsync(new DateTimeOffset(2025, 1, 24, 8, 30, 0, TimeSpan.Zero), Ct));
        Assert.Equal(new DateOnly(2025, 1, 27), await clock.StartAsync(new DateTimeOffset(2025, 1, 25, 9, 0, 0, TimeSpan.FromHours(7)), Ct));
        Assert.Equal(new DateOnly(2025, 1, 27), await clock.DueAsync(new DateOnly(2025, 1, 27), 0, [], Ct)); // same-day procedure
    }

    [Fact]
    public async Task ASupplement_StopsTheClock_AndItsWorkingDaysMoveTheAppointment()
    {
        var clock = Clock();
        var start = new DateOnly(2025, 3, 3); // Monday

        var plain = await clock.DueAsync(start, 5, [], Ct);
        var waiting = await clock.DueAsync(start, 5, [new ClockPause(new DateOnly(2025, 3, 4), null)], Ct);
        var resumed = await clock.DueAsync(start, 5, [new ClockPause(new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 6))], Ct);

        Assert.Equal(new DateOnly(2025, 3, 10), plain);
        Assert.Null(waiting);
        Assert.Equal(new DateOnly(2025, 3, 12), resumed); // stopped Wednesday and Thursday: two working days later
        Assert.Equal(DeadlineStatus.Paused, await clock.StatusAsync(new DateOnly(2025, 3, 5), waiting, cancellationToken: Ct));
    }

    [Theory]
    [InlineData("2025-03-05", DeadlineStatus.OnTime)]
    [InlineData("2025-03-11", DeadlineStatus.DueSoon)]
    [InlineData("2025-03-12", DeadlineStatus.DueSoon)]
    [InlineData("2025-03-13", DeadlineStatus.Overdue)]
    public async Task Status_ColoursTheDeadline(string today, DeadlineStatus expected) =>
        Assert.Equal(expected, await Clock().StatusAsync(DateOnly.Parse(today), new DateOnly(2025, 3, 12), cancellationToken: Ct));

    [Fact]
    public async Task AnOverdueDossier_GetsAnApologyWithANewAppointment()
    {
        var slip = await Clock().ApologyAsync("000.01.02.H47-250303-0007", "Đăng ký biến động quyền sử dụng đất", "Nguyễn Văn An",
            "Văn phòng đăng ký đất đai tỉnh Quảng Nam", new DateOnly(2025, 3, 12), new DateOnly(2025, 3, 14), 2, "Chờ kết quả đo đạc bổ sung.", Ct);

        Assert.Equal(new DateOnly(2025, 3, 18), slip.NewAppointment); // Friday + 2 working days
        Assert.Contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", slip.Text, StringComparison.Ordinal);
        Assert.Contains("hồ sơ số 000.01.02.H47-250303-0007", slip.Text, StringComparison.Ordinal);
        Assert.Contains("ngày 18/03/2025", slip.Text, StringComparison.Ordinal);
    }
}
