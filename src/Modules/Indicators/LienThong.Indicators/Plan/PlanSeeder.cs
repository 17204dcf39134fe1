using LienThong.Indicators.Domain;
using LienThong.Indicators.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Indicators.Plan;

/// <summary>
/// A few synthetic tasks of the city's 2026 digital-transformation plan and one monthly meeting, so that the plan page has
/// something to follow on a fresh demo (first start; idempotent). Titles are typical of such plans, not the city's own.
/// </summary>
internal sealed class PlanSeeder(IndicatorsDbContext db, TimeProvider time)
{
    private static readonly (string Title, string Agency, string Unit, DateOnly Deadline, int Progress, DateOnly? Done)[] Tasks =
    [
        ("Kết nối hệ thống một cửa điện tử của các phường, xã với nền tảng LienThong", "000.00.01.H15", "48", new(2026, 3, 31), 100, new(2026, 3, 20)),
        ("Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực của phường Bàn Thạch", "000.17.99.H15", "20335", new(2026, 6, 30), 70, null),
        ("Cấp chứng thư số chuyên dùng cho lãnh đạo, văn thư các phường, xã mới", "000.00.01.H15", "48", new(2026, 9, 30), 100, new(2026, 9, 12)),
        ("Kiện toàn tổ công nghệ số cộng đồng ở các thôn, tổ dân phố sau sắp xếp", "000.04.99.H15", "20209", new(2026, 8, 31), 40, null),
        ("Thanh toán trực tuyến phí, lệ phí đạt 50% giao dịch tại phường Hải Châu", "000.05.99.H15", "20242", new(2026, 10, 31), 20, null),
        ("Đưa 100% văn bản giữa các cơ quan lên trục liên thông văn bản (trừ văn bản mật)", "000.00.06.H15", "48", new(2026, 12, 31), 60, null),
    ];

    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.PlanTasks.AnyAsync(cancellationToken))
        {
            return 0;
        }
        var now = time.GetUtcNow();
        var meeting = new PlanMeeting
        {
            Id = Guid.CreateVersion7(), HeldOn = new DateOnly(2026, 7, 15), Title = "Họp Ban Chỉ đạo chuyển đổi số thành phố tháng 7/2026",
            Chair = "Phó Chủ tịch Ủy ban nhân dân thành phố",
            Minutes = "Đánh giá tiến độ 6 tháng đầu năm; các phường, xã mới cần hoàn thành số hóa hồ sơ và kiện toàn tổ công nghệ số cộng đồng. (Dữ liệu trình diễn.)",
            Decisions = "Các phường, xã chưa hoàn thành số hóa hồ sơ báo cáo lý do trước ngày 31/7/2026.\nSở Khoa học và Công nghệ hoàn thành cấp chứng thư số chuyên dùng trong quý III.",
            CreatedBy = "seed", CreatedAt = now,
        };
        db.PlanMeetings.Add(meeting);
        var number = 1;
        foreach (var (title, agency, unit, deadline, progress, done) in Tasks)
        {
            var task = new PlanTask
            {
                Id = Guid.CreateVersion7(), Code = $"KH-2026-{number++:000}", Title = title, Agency = agency, UnitCode = unit, Deadline = deadline,
                Progress = progress, CompletedOn = done,
                Status = done is not null ? PlanTaskStatus.Done : progress > 0 ? PlanTaskStatus.InProgress : PlanTaskStatus.NotStarted,
                MeetingId = title.Contains("tổ công nghệ", StringComparison.Ordinal) ? meeting.Id : null, CreatedBy = "seed", CreatedAt = now,
            };
            task.Reports.Add(new TaskReport
            {
                Id = Guid.CreateVersion7(), TaskId = task.Id, At = now, By = "seed", Progress = progress, Note = "Số liệu trình diễn (giả lập).",
            });
            db.PlanTasks.Add(task);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Tasks.Length;
    }
}
