using System.Globalization;
using System.Security.Claims;
using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Time;
using LienThong.Registry.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LienThong.Registry.Features.Calendar;

/// <summary>The working-day calendar: public to read; its official schedule changed by platform operators, audited.</summary>
internal static class CalendarEndpoints
{
    public sealed record ScheduleDay(bool DayOff, string? Name, string? Basis);

    public sealed record WorkingDaysAnswer(DateOnly From, int Days, DateOnly Date);

    public static void MapReads(RouteGroupBuilder group)
    {
        group.MapGet("/calendar/{year:int}", DaysAsync).WithName("GetCalendarYear")
            .WithSummary("Days off, holidays and make-up working days of a year (Labour Code 2019 and the year's official schedule)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/calendar/working-days", AddAsync).WithName("AddWorkingDays")
            .WithSummary("The date N working days after a date (deadlines of procedures)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/calendar/lunar/{date}", (DateOnly date) => date < LunarCalendar.MinDate || date > LunarCalendar.MaxDate
                ? (IResult)Problems.Invalid("date", $"Chỉ tính âm lịch từ {LunarCalendar.MinDate:dd/MM/yyyy} đến {LunarCalendar.MaxDate:dd/MM/yyyy}.")
                : TypedResults.Ok(LunarCalendar.ToLunar(date)))
            .WithName("ToLunar").WithSummary("The Vietnamese lunar date (UTC+7) of a solar date");
    }

    public static void MapChanges(RouteGroupBuilder group)
    {
        group.MapPut("/calendar/days/{date}", SetAsync).WithName("SetCalendarDay")
            .WithSummary("Enter a day of the year's official schedule: a day off, or a make-up working day").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapDelete("/calendar/days/{date}", RemoveAsync).WithName("RemoveCalendarDay")
            .WithSummary("Remove a schedule entry (the statutory default applies again)").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<IReadOnlyList<WorkingCalendarDay>>, ProblemHttpResult>> DaysAsync(int year, IWorkingCalendar calendar,
        CancellationToken ct) =>
        year is < 1801 or > 2198
            ? Problems.Invalid("year", "Năm phải từ 1801 đến 2198.")
            : TypedResults.Ok(await calendar.DaysAsync(year, ct));

    private static async Task<Results<Ok<WorkingDaysAnswer>, ProblemHttpResult>> AddAsync(DateOnly from, int days, IWorkingCalendar calendar,
        CancellationToken ct)
    {
        // 3,650 working days are about 15 years: the answer stays within the years the calendar covers (1801–2198).
        if (Math.Abs(days) > 3650 || from.Year is < 1816 or > 2183)
        {
            return Problems.Invalid("days", "Số ngày làm việc tối đa 3.650, tính từ một ngày trong các năm 1816–2183.");
        }
        return TypedResults.Ok(new WorkingDaysAnswer(from, days, await calendar.AddWorkingDaysAsync(from, days, ct)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetAsync(DateOnly date, ScheduleDay day, CalendarSchedule schedule, IAuditLog audit,
        ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        var error = await schedule.SetAsync(date, day.DayOff, day.Name, day.Basis, Actor(user), ct);
        await audit.RecordAsync(Actor(user), "registry.calendar.set", error is null ? AuditOutcome.Success : AuditOutcome.Failure,
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), context.Connection.RemoteIpAddress?.ToString(),
            error ?? $"{(day.DayOff ? "nghỉ" : "làm việc")}: {day.Name} ({day.Basis})", ct);
        return error is null ? TypedResults.NoContent() : Problems.Invalid("date", error);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(DateOnly date, CalendarSchedule schedule, IAuditLog audit,
        ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        var removed = await schedule.RemoveAsync(date, ct);
        await audit.RecordAsync(Actor(user), "registry.calendar.removed", removed ? AuditOutcome.Success : AuditOutcome.Failure,
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), context.Connection.RemoteIpAddress?.ToString(), cancellationToken: ct);
        return removed ? TypedResults.NoContent() : Problems.Of(ProblemTypes.NotFound, $"Lịch năm không có mục ngày {date:dd/MM/yyyy}.");
    }

    private static string Actor(ClaimsPrincipal user) => user.FindFirstValue("preferred_username") ?? user.Identity?.Name ?? "?";
}
