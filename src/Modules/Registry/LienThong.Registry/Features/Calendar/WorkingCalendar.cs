using System.Collections.Concurrent;
using LienThong.BuildingBlocks.Time;
using LienThong.Registry.Contracts;
using LienThong.Registry.Domain;
using LienThong.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Registry.Features.Calendar;

/// <summary>
/// Each year's effective calendar (statutory days overlaid with the schedule), computed once. A change on this host
/// forgets the year at once, and a computation that overlapped the change is not kept; other hosts see it within
/// <see cref="MaxAge"/>.
/// </summary>
internal sealed class CalendarCache(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<int, (IReadOnlyDictionary<DateOnly, WorkingCalendarDay> Days, DateTimeOffset LoadedAt)> years = new();
    private long version;

    /// <summary>Read before loading a year; <see cref="Set"/> keeps the result only if no change happened meanwhile.</summary>
    public long Version => Interlocked.Read(ref version);

    public bool TryGet(int year, out IReadOnlyDictionary<DateOnly, WorkingCalendarDay> days)
    {
        if (years.TryGetValue(year, out var known) && time.GetUtcNow() - known.LoadedAt < MaxAge)
        {
            days = known.Days;
            return true;
        }
        days = null!;
        return false;
    }

    public void Set(int year, IReadOnlyDictionary<DateOnly, WorkingCalendarDay> days, long loadedIn)
    {
        years[year] = (days, time.GetUtcNow());
        if (Version != loadedIn)
        {
            years.TryRemove(year, out _);
        }
    }

    public void Forget(int year)
    {
        Interlocked.Increment(ref version);
        years.TryRemove(year, out _);
    }
}

internal sealed class WorkingCalendar(RegistryDbContext db, CalendarCache cache) : IWorkingCalendar
{
    public const string Statutory = "statutory";
    public const string Schedule = "schedule";

    public async Task<IReadOnlyList<WorkingCalendarDay>> DaysAsync(int year, CancellationToken cancellationToken = default) =>
        [.. (await YearAsync(year, cancellationToken)).Values.OrderBy(d => d.Date)];

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        (await YearAsync(date.Year, cancellationToken)).TryGetValue(date, out var day) ? !day.DayOff : !VietnamHolidays.IsWeekend(date);

    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int workingDays, CancellationToken cancellationToken = default)
    {
        var step = Math.Sign(workingDays);
        var date = start;
        for (var left = Math.Abs(workingDays); left > 0;)
        {
            date = date.AddDays(step);
            if (await IsWorkingDayAsync(date, cancellationToken))
            {
                left--;
            }
        }
        return date;
    }

    public async Task<int> WorkingDaysBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var (first, last, sign) = from <= to ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var date = first.AddDays(1); date <= last; date = date.AddDays(1))
        {
            if (await IsWorkingDayAsync(date, cancellationToken))
            {
                count++;
            }
        }
        return sign * count;
    }

    private async Task<IReadOnlyDictionary<DateOnly, WorkingCalendarDay>> YearAsync(int year, CancellationToken cancellationToken)
    {
        if (cache.TryGet(year, out var known))
        {
            return known;
        }
        var loadedIn = cache.Version;
        if (year <= LunarCalendar.MinDate.Year || year >= LunarCalendar.MaxDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"Lịch làm việc chỉ tính cho các năm {LunarCalendar.MinDate.Year + 1}–{LunarCalendar.MaxDate.Year - 1}.");
        }
        var days = VietnamHolidays.Statutory(year)
            .Select(d => new WorkingCalendarDay(d.Date, d.DayOff, d.Name, d.Basis, Statutory))
            .GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.First());
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        foreach (var entry in await db.CalendarEntries.AsNoTracking().Where(e => e.Date >= first && e.Date <= last).ToListAsync(cancellationToken))
        {
            days[entry.Date] = new WorkingCalendarDay(entry.Date, entry.DayOff, entry.Name, entry.Basis, Schedule);
        }
        cache.Set(year, days, loadedIn);
        return days;
    }
}

/// <summary>Operators' changes to a year's official schedule.</summary>
internal sealed class CalendarSchedule(RegistryDbContext db, CalendarCache cache, TimeProvider time)
{
    public async Task<string?> SetAsync(DateOnly date, bool dayOff, string? name, string? basis, string changedBy, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            return "Tên ngày (ví dụ \"Nghỉ Tết Nguyên Đán\") là bắt buộc, tối đa 200 ký tự.";
        }
        if (string.IsNullOrWhiteSpace(basis) || basis.Length > 300)
        {
            return "Căn cứ (số, ngày của văn bản thông báo lịch nghỉ) là bắt buộc, tối đa 300 ký tự.";
        }
        if (date < LunarCalendar.MinDate.AddYears(1) || date > LunarCalendar.MaxDate.AddYears(-1))
        {
            return $"Ngày {date:dd/MM/yyyy} nằm ngoài khoảng lịch tính được.";
        }
        var entry = await db.CalendarEntries.SingleOrDefaultAsync(e => e.Date == date, cancellationToken);
        if (!dayOff && entry is null && !VietnamHolidays.IsWeekend(date) && !VietnamHolidays.Statutory(date.Year).Any(d => d.Date == date))
        {
            return $"Ngày {date:dd/MM/yyyy} đã là ngày làm việc.";
        }
        if (entry is null)
        {
            db.CalendarEntries.Add(entry = new CalendarEntry { Date = date });
        }
        (entry.DayOff, entry.Name, entry.Basis, entry.ChangedBy, entry.ChangedAt) =
            (dayOff, name.Normalize().Trim(), basis.Normalize().Trim(), changedBy, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        cache.Forget(date.Year);
        return null;
    }

    /// <summary>Removes a schedule entry (the statutory default applies again); false when there was none.</summary>
    public async Task<bool> RemoveAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var removed = await db.CalendarEntries.Where(e => e.Date == date).ExecuteDeleteAsync(cancellationToken);
        cache.Forget(date.Year);
        return removed > 0;
    }
}
