namespace LienThong.Indicators.Domain;

/// <summary>
/// A task of the provincial digital-transformation plan, assigned to an agency for a locality, with a deadline; its progress
/// comes from the assigned agency's reports. A monthly meeting's follow-ups are tasks too.
/// </summary>
internal sealed class PlanTask
{
    public Guid Id { get; set; }

    /// <summary><c>KH-2025-001</c>: the year of creation and a number in it.</summary>
    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The agency in charge (e-ID) and the administrative unit (locality) the task is for.</summary>
    public string Agency { get; set; } = "";

    public string UnitCode { get; set; } = "";

    public DateOnly Deadline { get; set; }

    public string Status { get; set; } = PlanTaskStatus.NotStarted;

    public int Progress { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public Guid? MeetingId { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public int Revision { get; set; }

    public List<TaskReport> Reports { get; set; } = [];
}

internal static class PlanTaskStatus
{
    public const string NotStarted = "not-started";
    public const string InProgress = "in-progress";
    public const string Done = "done";
}

/// <summary>A progress report on a task by its agency.</summary>
internal sealed class TaskReport
{
    public Guid Id { get; set; }

    public Guid TaskId { get; set; }

    public DateTimeOffset At { get; set; }

    public string By { get; set; } = "";

    public int Progress { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>A monthly meeting of the steering committee: minutes, decisions, and follow-up tasks (<see cref="PlanTask.MeetingId"/>).</summary>
internal sealed class PlanMeeting
{
    public Guid Id { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Title { get; set; } = "";

    public string Chair { get; set; } = "";

    public string Minutes { get; set; } = "";

    /// <summary>The decisions, one per line.</summary>
    public string Decisions { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
