using System.Globalization;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Security;
using LienThong.BuildingBlocks.Time;
using LienThong.Indicators.Domain;
using LienThong.Indicators.Persistence;
using LienThong.Registry.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace LienThong.Indicators.Plan;

public sealed record TaskRequest(string? Title, string? Agency, string? Unit, string? Deadline);

public sealed record ReportRequest(int? Progress, string? Note, int? Revision);

public sealed record MeetingRequest(string? HeldOn, string? Title, string? Chair, string? Minutes, IReadOnlyList<string>? Decisions,
    IReadOnlyList<TaskRequest>? FollowUps);

public sealed record TaskReportDto(DateTimeOffset At, string By, int Progress, string Note);

public sealed record PlanTaskDto(Guid Id, string Code, string Title, string Agency, string Unit, DateOnly Deadline, string Status, int Progress,
    DateOnly? CompletedOn, Guid? MeetingId, int Revision, IReadOnlyList<TaskReportDto> Reports);

public sealed record MeetingDto(Guid Id, DateOnly HeldOn, string Title, string Chair, string Minutes, IReadOnlyList<string> Decisions,
    IReadOnlyList<PlanTaskDto> FollowUps);

/// <param name="DaysLate">Calendar days past the deadline on the date asked.</param>
public sealed record OverdueTask(string Code, string Title, string Agency, DateOnly Deadline, int DaysLate, int Progress);

public sealed record OverdueLocality(string Unit, string Name, IReadOnlyList<OverdueTask> Tasks);

public sealed record PlanProgress(DateOnly At, int Total, int Done, int InProgress, int NotStarted, int Overdue, IReadOnlyList<OverdueLocality> OverdueByLocality);

/// <summary>
/// The provincial digital-transformation plan: tasks assigned to agencies for localities, progress reported by the agency in
/// charge, monthly meetings whose follow-ups become tasks, and the overdue lists per locality. Tasks and meetings are kept by
/// the plan's owners (<c>Indicators:PlanOwners</c>: the provincial People's Committee and the department of information and
/// communications, and their successors).
/// </summary>
internal sealed class DigitalPlan(IndicatorsDbContext db, IRegistryDirectory registry, IConfiguration configuration, TimeProvider time)
{
    public static readonly ProblemType Invalid = new("indicators/invalid-plan", 400, "Nhiệm vụ, cuộc họp không hợp lệ",
        "A field of the task or meeting is missing or wrong; `errors` says which. Nothing was saved.");

    public static readonly ProblemType NotAllowed = new("indicators/plan-not-allowed", 403, "Không có quyền với kế hoạch",
        "Only the plan's owners create tasks and record meetings; only the agency in charge reports on a task.");

    public static readonly ProblemType NotFound = new("indicators/task-not-found", 404, "Không có nhiệm vụ này", "No task has this identifier.");

    public static readonly ProblemType Stale = new("indicators/task-changed", 409, "Nhiệm vụ đã thay đổi",
        "Someone reported on the task since it was read; read it again.");

    public async Task<PlanTaskDto> CreateTaskAsync(SignedInOfficial official, TaskRequest request, CancellationToken cancellationToken)
    {
        await RequireOwnerAsync(official, cancellationToken);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var task = await ValidTaskAsync(request, "", errors, cancellationToken);
        ThrowIfAny(errors);
        await NumberAsync([task!], cancellationToken);
        task!.CreatedBy = official.UserName;
        db.PlanTasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        return Dto(task);
    }

    public async Task<MeetingDto> RecordMeetingAsync(SignedInOfficial official, MeetingRequest request, CancellationToken cancellationToken)
    {
        await RequireOwnerAsync(official, cancellationToken);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!DateOnly.TryParseExact(request.HeldOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var heldOn) || heldOn > VietnamTime.Today(time))
        {
            errors["heldOn"] = ["Ngày họp dạng yyyy-MM-dd, không sau hôm nay."];
        }
        Text(request.Title, "title", "Tên cuộc họp", 3, 300, errors);
        Text(request.Chair, "chair", "Người chủ trì", 3, 200, errors);
        Text(request.Minutes, "minutes", "Biên bản", 10, 20_000, errors);
        var decisions = (request.Decisions ?? []).Select(d => d.Trim()).Where(d => d.Length > 0).ToList();
        if (decisions.Count is 0 or > 50 || decisions.Any(d => d.Length > 1000))
        {
            errors["decisions"] = ["Ghi từ 1 đến 50 kết luận, mỗi kết luận tối đa 1000 ký tự."];
        }
        if (request.FollowUps is { Count: > 50 })
        {
            errors["followUps"] = ["Tối đa 50 nhiệm vụ giao sau một cuộc họp."];
        }
        var tasks = new List<PlanTask>();
        var followUps = request.FollowUps is { Count: <= 50 } given ? given : [];
        for (var i = 0; i < followUps.Count; i++)
        {
            if (await ValidTaskAsync(followUps[i], $"followUps[{i}].", errors, cancellationToken) is { } task)
            {
                tasks.Add(task);
            }
        }
        ThrowIfAny(errors);
        var meeting = new PlanMeeting
        {
            Id = Guid.CreateVersion7(), HeldOn = heldOn, Title = request.Title!.Trim().Normalize(), Chair = request.Chair!.Trim().Normalize(),
            Minutes = request.Minutes!.Trim().Normalize(), Decisions = string.Join('\n', decisions.Select(d => d.Replace('\n', ' ').Normalize())), CreatedBy = official.UserName,
            CreatedAt = time.GetUtcNow(),
        };
        await NumberAsync(tasks, cancellationToken);
        foreach (var task in tasks)
        {
            (task.MeetingId, task.CreatedBy) = (meeting.Id, official.UserName);
        }
        db.PlanMeetings.Add(meeting);
        db.PlanTasks.AddRange(tasks);
        await db.SaveChangesAsync(cancellationToken);
        return new MeetingDto(meeting.Id, meeting.HeldOn, meeting.Title, meeting.Chair, meeting.Minutes, decisions, [.. tasks.Select(Dto)]);
    }

    /// <summary>The agency in charge reports progress (0–100 %, with a note); 100 % completes the task on that day.</summary>
    public async Task<PlanTaskDto> ReportAsync(SignedInOfficial official, Guid id, ReportRequest request, CancellationToken cancellationToken)
    {
        var task = await db.PlanTasks.Include(t => t.Reports).SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new ProblemException(NotFound, "Không có nhiệm vụ này.");
        var today = VietnamTime.Today(time);
        if (await InForceAsync(official.Agency, today, cancellationToken) is not { } agency || agency != await InForceAsync(task.Agency, today, cancellationToken))
        {
            throw new ProblemException(NotAllowed, $"Chỉ cơ quan được giao ({task.Agency}) báo cáo tiến độ nhiệm vụ {task.Code}.");
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Progress is not (>= 0 and <= 100))
        {
            errors["progress"] = ["Tiến độ từ 0 đến 100 (%)."];
        }
        Text(request.Note, "note", "Nội dung báo cáo", 3, 2000, errors);
        ThrowIfAny(errors);
        if (request.Revision is { } revision && revision != task.Revision)
        {
            throw new ProblemException(Stale, $"Nhiệm vụ {task.Code} đã được báo cáo sau khi anh/chị mở; vui lòng tải lại.");
        }
        // Added through its set: a new report with its key already set would otherwise be taken for an existing row.
        var report = new TaskReport
        {
            Id = Guid.CreateVersion7(), TaskId = task.Id, At = time.GetUtcNow(), By = official.UserName, Progress = request.Progress!.Value,
            Note = request.Note!.Trim().Normalize(),
        };
        db.TaskReports.Add(report);
        task.Progress = request.Progress!.Value;
        (task.Status, task.CompletedOn) = task.Progress switch
        {
            100 => (PlanTaskStatus.Done, task.CompletedOn ?? today),
            0 => (PlanTaskStatus.NotStarted, (DateOnly?)null),
            _ => (PlanTaskStatus.InProgress, (DateOnly?)null),
        };
        task.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ProblemException(Stale, $"Nhiệm vụ {task.Code} vừa được báo cáo; vui lòng tải lại.");
        }
        return Dto(task);
    }

    public async Task<IReadOnlyList<PlanTaskDto>> ListAsync(string? agency, string? unit, CancellationToken cancellationToken)
    {
        var query = db.PlanTasks.AsNoTracking().Include(t => t.Reports).AsQueryable();
        query = agency is null ? query : query.Where(t => t.Agency == agency);
        query = unit is null ? query : query.Where(t => t.UnitCode == unit);
        return [.. (await query.OrderBy(t => t.Deadline).ThenBy(t => t.Code).Take(1000).ToListAsync(cancellationToken)).Select(Dto)];
    }

    /// <summary>The open tasks of the official's agency (and of the agencies it succeeded), for its progress reports.</summary>
    public async Task<IReadOnlyList<PlanTaskDto>> OpenTasksOfAsync(SignedInOfficial official, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        if (await InForceAsync(official.Agency, today, cancellationToken) is not { } agency)
        {
            return [];
        }
        var open = await db.PlanTasks.AsNoTracking().Include(t => t.Reports).Where(t => t.Status != PlanTaskStatus.Done).OrderBy(t => t.Deadline)
            .ToListAsync(cancellationToken);
        var mine = new List<PlanTaskDto>();
        foreach (var task in open)
        {
            if (await InForceAsync(task.Agency, today, cancellationToken) == agency)
            {
                mine.Add(Dto(task));
            }
        }
        return mine;
    }

    public async Task<IReadOnlyList<MeetingDto>> MeetingsAsync(CancellationToken cancellationToken)
    {
        var meetings = await db.PlanMeetings.AsNoTracking().OrderByDescending(m => m.HeldOn).Take(100).ToListAsync(cancellationToken);
        var ids = meetings.Select(m => (Guid?)m.Id).ToList();
        var tasks = await db.PlanTasks.AsNoTracking().Include(t => t.Reports).Where(t => ids.Contains(t.MeetingId)).ToListAsync(cancellationToken);
        return [.. meetings.Select(m => new MeetingDto(m.Id, m.HeldOn, m.Title, m.Chair, m.Minutes, m.Decisions.Split('\n'),
            [.. tasks.Where(t => t.MeetingId == m.Id).OrderBy(t => t.Code).Select(Dto)]))];
    }

    /// <summary>
    /// The tasks as they stood on a date (done if completed by then), and those not done by their deadline, grouped by locality
    /// (the locality with the most first).
    /// </summary>
    public async Task<PlanProgress> ProgressAsync(DateOnly at, CancellationToken cancellationToken)
    {
        // As recorded by the end of that day: tasks created by then, their progress from the last report by then.
        var end = VietnamTime.StartOf(at.AddDays(1));
        // Filtered here: SQLite cannot compare instants; a plan has hundreds of tasks, not millions.
        var tasks = (await db.PlanTasks.AsNoTracking().Include(t => t.Reports).ToListAsync(cancellationToken)).Where(t => t.CreatedAt < end).ToList();
        int ProgressBy(PlanTask t) => t.Reports.Where(r => r.At < end).OrderBy(r => r.At).LastOrDefault()?.Progress ?? 0;
        bool DoneBy(PlanTask t) => ProgressBy(t) == 100;
        var overdue = tasks.Where(t => !DoneBy(t) && t.Deadline < at).ToList();
        var localities = new List<OverdueLocality>();
        foreach (var group in overdue.GroupBy(t => t.UnitCode))
        {
            var name = (await registry.UnitHistoryAsync(group.Key, cancellationToken)).LastOrDefault()?.Name ?? group.Key;
            localities.Add(new OverdueLocality(group.Key, name, [.. group.OrderBy(t => t.Deadline)
                .Select(t => new OverdueTask(t.Code, t.Title, t.Agency, t.Deadline, at.DayNumber - t.Deadline.DayNumber, ProgressBy(t)))]));
        }
        return new PlanProgress(at, tasks.Count, tasks.Count(DoneBy), tasks.Count(t => !DoneBy(t) && ProgressBy(t) > 0), tasks.Count(t => !DoneBy(t) && ProgressBy(t) == 0),
            overdue.Count, [.. localities.OrderByDescending(l => l.Tasks.Count).ThenBy(l => l.Unit, StringComparer.Ordinal)]);
    }

    private async Task<PlanTask?> ValidTaskAsync(TaskRequest request, string prefix, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var valid = Text(request.Title, prefix + "title", "Tên nhiệm vụ", 3, 500, errors);
        var today = VietnamTime.Today(time);
        if (!DateOnly.TryParseExact(request.Deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline))
        {
            (errors[prefix + "deadline"], valid) = (["Thời hạn dạng yyyy-MM-dd."], false);
        }
        if (request.Agency is not { Length: > 0 and <= 20 } || await registry.FindAgencyAsync(request.Agency.Trim(), today, cancellationToken) is null)
        {
            (errors[prefix + "agency"], valid) = ([$"Không có cơ quan đang hoạt động mã \"{request.Agency}\"."], false);
        }
        if (request.Unit is not { Length: > 0 and <= 10 } || await registry.FindUnitAsync(request.Unit.Trim(), today, cancellationToken) is null)
        {
            (errors[prefix + "unit"], valid) = ([$"Không có đơn vị hành chính đang hiệu lực mã \"{request.Unit}\"."], false);
        }
        return valid
            ? new PlanTask
            {
                Id = Guid.CreateVersion7(), Title = request.Title!.Trim().Normalize(), Agency = request.Agency!.Trim(), UnitCode = request.Unit!.Trim(),
                Deadline = deadline, CreatedAt = time.GetUtcNow(),
            }
            : null;
    }

    /// <summary>Codes <c>KH-YYYY-NNN</c> in creation order within the year (a unique index refuses a clash).</summary>
    private async Task NumberAsync(List<PlanTask> tasks, CancellationToken cancellationToken)
    {
        var year = VietnamTime.Today(time).Year;
        var prefix = $"KH-{year}-";
        var next = await db.PlanTasks.CountAsync(t => t.Code.StartsWith(prefix), cancellationToken) + 1;
        foreach (var task in tasks)
        {
            task.Code = $"{prefix}{next++:000}";
        }
    }

    private async Task RequireOwnerAsync(SignedInOfficial official, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var agency = await InForceAsync(official.Agency, today, cancellationToken);
        var owners = (configuration["Indicators:PlanOwners"] ?? "000.00.00.H47,000.00.01.H47").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var owner in owners)
        {
            if (agency is not null && agency == await InForceAsync(owner, today, cancellationToken))
            {
                return;
            }
        }
        throw new ProblemException(NotAllowed, "Chỉ Ủy ban nhân dân tỉnh và Sở phụ trách chuyển đổi số giao nhiệm vụ và ghi kết luận cuộc họp.");
    }

    private async Task<string?> InForceAsync(string? electronicId, DateOnly day, CancellationToken cancellationToken) =>
        electronicId is null ? null : (await registry.InForceAsync(electronicId, day, cancellationToken))?.ElectronicId;

    private static bool Text(string? value, string field, string label, int min, int max, Dictionary<string, string[]> errors)
    {
        if (value?.Trim() is { } text && text.Length >= min && text.Length <= max)
        {
            return true;
        }
        errors[field] = [$"{label} từ {min} đến {max} ký tự."];
        return false;
    }

    private static void ThrowIfAny(Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw new ProblemException(Invalid, $"Có {errors.Count} trường không hợp lệ; chưa lưu gì.", errors);
        }
    }

    private static PlanTaskDto Dto(PlanTask t) => new(t.Id, t.Code, t.Title, t.Agency, t.UnitCode, t.Deadline, t.Status, t.Progress, t.CompletedOn,
        t.MeetingId, t.Revision, [.. t.Reports.OrderBy(r => r.At).Select(r => new TaskReportDto(r.At, r.By, r.Progress, r.Note))]);
}
