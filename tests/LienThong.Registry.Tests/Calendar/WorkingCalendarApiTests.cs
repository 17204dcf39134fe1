using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Testing;

namespace LienThong.Registry.Tests.Calendar;

/// <summary>The working-day calendar over HTTP: public reads, deadlines across Tết, the official schedule kept by operators.</summary>
public abstract class WorkingCalendarApiTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> DueAsync(HttpClient client, string from, int days) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/registry/calendar/working-days?from={from}&days={days}", Ct)).GetProperty("date").GetString()!;

    [Fact]
    public async Task Deadline_SkipsTheTetHolidayAndItsMakeUpDay()
    {
        app.Database.RequireAvailable();
        using var client = app.CreateClient();

        // Friday 24/1/2025 + 3 working days: Monday 27/1, then Tết 28/1–1/2 and its make-up Monday 3/2, then 4/2 and 5/2.
        Assert.Equal("2025-02-05", await DueAsync(client, "2025-01-24", 3));
        Assert.Equal("2025-01-24", await DueAsync(client, "2025-01-24", 0));
        var year = await client.GetFromJsonAsync<JsonElement>("/api/registry/calendar/2026", Ct);
        Assert.Contains(year.EnumerateArray(), d => d.GetProperty("date").GetString() == "2026-02-17" && d.GetProperty("dayOff").GetBoolean());
    }

    [Fact]
    public async Task TheOfficialSchedule_IsKeptByOperators_AndMovesDeadlines()
    {
        app.Database.RequireAvailable();
        using var anonymous = app.CreateClient();
        using var clerk = await OAuthFlows.SignedInBrowserAsync(app, "vanthu.ubndtinh");
        using var operatorBrowser = await OAuthFlows.SignedInBrowserAsync(app, "vanhanh.stttt");
        var dayOff = new { dayOff = true, name = "Nghỉ Tết Nguyên Đán", basis = "Thông báo lịch nghỉ Tết năm 2030 (thử nghiệm)" };
        var before = await DueAsync(anonymous, "2030-01-25", 1);

        var byAnonymous = await anonymous.PutAsJsonAsync("/api/registry/calendar/days/2030-01-28", dayOff, Ct);
        var byClerk = await clerk.PutAsJsonAsync("/api/registry/calendar/days/2030-01-28", dayOff, Ct);
        var withoutBasis = await operatorBrowser.PutAsJsonAsync("/api/registry/calendar/days/2030-01-28", dayOff with { basis = "" }, Ct);
        var set = await operatorBrowser.PutAsJsonAsync("/api/registry/calendar/days/2030-01-28", dayOff, Ct);
        var after = await DueAsync(anonymous, "2030-01-25", 1);
        var backToWork = await operatorBrowser.PutAsJsonAsync("/api/registry/calendar/days/2030-01-28", dayOff with { dayOff = false }, Ct);
        var working = await DueAsync(anonymous, "2030-01-25", 1);
        var removed = await operatorBrowser.DeleteAsync("/api/registry/calendar/days/2030-01-28", Ct);
        var removedAgain = await operatorBrowser.DeleteAsync("/api/registry/calendar/days/2030-01-28", Ct);
        var restored = await DueAsync(anonymous, "2030-01-25", 1);

        Assert.Equal("2030-01-28", before); // Friday → Monday
        Assert.Equal(HttpStatusCode.Unauthorized, byAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutBasis.StatusCode);
        Assert.Contains("Căn cứ", await withoutBasis.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal("2030-01-29", after);
        Assert.Equal(HttpStatusCode.NoContent, backToWork.StatusCode); // a schedule entry can be turned back into a working day
        Assert.Equal("2030-01-28", working);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removedAgain.StatusCode);
        Assert.Equal("2030-01-28", restored);
    }

    [Fact]
    public async Task BadInput_GetsProblemDetails()
    {
        app.Database.RequireAvailable();
        using var client = app.CreateClient();

        var badYear = await client.GetAsync("/api/registry/calendar/1700", Ct);
        var tooMany = await client.GetAsync("/api/registry/calendar/working-days?from=2025-01-01&days=100000", Ct);
        var notADate = await client.GetAsync("/api/registry/calendar/working-days?from=hom-nay&days=3", Ct);
        var pastTheCalendar = await client.GetAsync("/api/registry/calendar/working-days?from=2188-06-01&days=3650", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Equal("application/problem+json", badYear.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, pastTheCalendar.StatusCode);
    }
}

public sealed class WorkingCalendarSqliteTests(SqliteApp app) : WorkingCalendarApiTests(app), IClassFixture<SqliteApp>;

public sealed class WorkingCalendarPostgresTests(PostgresApp app) : WorkingCalendarApiTests(app), IClassFixture<PostgresApp>;
