using LienThong.BuildingBlocks.Time;
using LienThong.Registry.Contracts;

namespace LienThong.PublicServices.Dossiers;

/// <summary>Where a dossier stands against its appointment date.</summary>
public enum DeadlineStatus
{
    /// <summary>More than the warning margin left.</summary>
    OnTime,

    /// <summary>Within the warning margin (e.g. the last working day).</summary>
    DueSoon,

    /// <summary>Past the appointment date: an apology slip with a new appointment is due.</summary>
    Overdue,

    /// <summary>Waiting for the citizen's supplement: the clock is stopped.</summary>
    Paused,
}

/// <summary>A period the clock was stopped for a supplement: from the request to the day the supplement came (null: still waiting).</summary>
public sealed record ClockPause(DateOnly RequestedOn, DateOnly? ReceivedOn);

/// <summary>
/// The dossier's clock in working days (Decree 61/2018/NĐ-CP, now Decree 118/2025/NĐ-CP, on the one-stop mechanism): the
/// appointment date is the receipt date plus the time limit in working days; a dossier received after 15:00 counts from the
/// next working day; while a supplement is awaited the clock stops, and the working days it was stopped move the
/// appointment on; within the warning margin the dossier is due soon; after it, overdue.
/// </summary>
public sealed class DossierClock(IWorkingCalendar calendar)
{
    /// <summary>Receipts after this hour (Vietnam time) count from the next working day.</summary>
    public static readonly TimeOnly Cutoff = new(15, 0);

    /// <summary>The working day the clock starts from: the receipt day, or the next working day after 15:00 or on a day off (Vietnam time).</summary>
    public async Task<DateOnly> StartAsync(DateTimeOffset received, CancellationToken cancellationToken = default)
    {
        var receivedLocal = VietnamTime.ToVietnam(received).DateTime;
        var day = DateOnly.FromDateTime(receivedLocal);
        return TimeOnly.FromDateTime(receivedLocal) >= Cutoff || !await calendar.IsWorkingDayAsync(day, cancellationToken)
            ? await calendar.AddWorkingDaysAsync(day, 1, cancellationToken)
            : day;
    }

    /// <summary>The appointment date, or null while a supplement is still awaited (the clock is stopped).</summary>
    public async Task<DateOnly?> DueAsync(DateOnly start, int timeLimitDays, IEnumerable<ClockPause> pauses, CancellationToken cancellationToken = default)
    {
        var stopped = 0;
        foreach (var pause in pauses)
        {
            if (pause.ReceivedOn is not { } received)
            {
                return null;
            }
            stopped += Math.Max(0, await calendar.WorkingDaysBetweenAsync(pause.RequestedOn, received, cancellationToken));
        }
        return await calendar.AddWorkingDaysAsync(start, timeLimitDays + stopped, cancellationToken);
    }

    /// <summary>The later of a computed appointment and one promised since (an apology slip's); null while the clock is stopped.</summary>
    public static DateOnly? Later(DateOnly? computed, DateOnly? promised) =>
        computed is { } due && promised is { } floor && floor > due ? floor : computed;

    public async Task<DeadlineStatus> StatusAsync(DateOnly today, DateOnly? due, int warningDays = 1, CancellationToken cancellationToken = default)
    {
        if (due is not { } appointment)
        {
            return DeadlineStatus.Paused;
        }
        if (today > appointment)
        {
            return DeadlineStatus.Overdue;
        }
        return await calendar.WorkingDaysBetweenAsync(today, appointment, cancellationToken) <= warningDays ? DeadlineStatus.DueSoon : DeadlineStatus.OnTime;
    }

    /// <summary>
    /// The apology slip for an overdue dossier ("Phiếu xin lỗi và hẹn lại ngày trả kết quả"), with the new appointment
    /// <paramref name="extraDays"/> working days after today.
    /// </summary>
    public async Task<ApologySlip> ApologyAsync(string dossierCode, string procedureName, string applicant, string agencyName, DateOnly due,
        DateOnly today, int extraDays, string reason, CancellationToken cancellationToken = default)
    {
        var appointment = await calendar.AddWorkingDaysAsync(today, Math.Max(1, extraDays), cancellationToken);
        var text = $"""
            PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ
            {agencyName} xin lỗi Ông/Bà {applicant} vì hồ sơ số {dossierCode} ({procedureName}) hẹn trả kết quả ngày {due:dd/MM/yyyy} đã quá hạn giải quyết.
            Lý do: {reason}
            Cơ quan xin hẹn lại ngày trả kết quả: ngày {appointment:dd/MM/yyyy}.
            Mong Ông/Bà thông cảm.
            """;
        return new ApologySlip(dossierCode, due, appointment, reason, text);
    }
}

public sealed record ApologySlip(string DossierCode, DateOnly MissedAppointment, DateOnly NewAppointment, string Reason, string Text);
