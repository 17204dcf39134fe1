namespace LienThong.Registry.Contracts;

/// <summary>
/// Working days in Vietnam's state offices: Monday to Friday, minus the public holidays of the Labour Code 2019 (lunar
/// dates computed for UTC+7), as amended by each year's official schedule (days off and make-up working days), which
/// operators keep as data. Deadlines of procedures and documents count these days.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>The days of a year that differ from the plain week: days off on weekdays, holidays, make-up working days.</summary>
    Task<IReadOnlyList<WorkingCalendarDay>> DaysAsync(int year, CancellationToken cancellationToken = default);

    Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="start"/> (0: <paramref name="start"/> itself).</summary>
    Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int workingDays, CancellationToken cancellationToken = default);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    Task<int> WorkingDaysBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}

/// <param name="DayOff">True for a day off, false for a make-up working day (on a weekend).</param>
/// <param name="Source"><c>statutory</c> (computed from the Labour Code) or <c>schedule</c> (the year's official schedule, entered).</param>
public sealed record WorkingCalendarDay(DateOnly Date, bool DayOff, string Name, string Basis, string Source);
