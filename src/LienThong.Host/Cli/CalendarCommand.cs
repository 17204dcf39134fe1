using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Time;
using LienThong.Registry;
using LienThong.Registry.Contracts;

namespace LienThong.Host.Cli;

/// <summary><c>lienthong calendar lunar|solar|add-working-days|holidays|set|unset</c>: the Vietnamese calendar and working days.</summary>
internal static class CalendarCommand
{
    public static Command Create()
    {
        var calendar = new Command("calendar", "Âm lịch (UTC+7), ngày nghỉ lễ, tết và ngày làm việc / the Vietnamese calendar and working days");
        calendar.Subcommands.Add(CreateLunar());
        calendar.Subcommands.Add(CreateSolar());
        calendar.Subcommands.Add(CreateAddWorkingDays());
        calendar.Subcommands.Add(CreateHolidays());
        calendar.Subcommands.Add(CreateSet());
        calendar.Subcommands.Add(CreateUnset());
        return calendar;
    }

    private static Option<bool> Json() => new("--json") { Description = "In JSON" };

    private static Argument<DateOnly> DateArgument(string description) => new("DATE") { Description = description + " (yyyy-MM-dd)" };

    private static Command CreateLunar()
    {
        var date = DateArgument("Ngày dương lịch");
        var json = Json();
        var command = new Command("lunar", "Đổi ngày dương lịch sang âm lịch (giờ Việt Nam, UTC+7)") { date, json };
        command.SetAction(result =>
        {
            var day = result.GetValue(date);
            if (day < LunarCalendar.MinDate || day > LunarCalendar.MaxDate)
            {
                Console.Error.WriteLine($"Chỉ tính âm lịch từ {LunarCalendar.MinDate:dd/MM/yyyy} đến {LunarCalendar.MaxDate:dd/MM/yyyy}.");
                return 2;
            }
            var lunar = LunarCalendar.ToLunar(day);
            Console.WriteLine(result.GetValue(json)
                ? JsonSerializer.Serialize(new { lunar.Day, lunar.Month, lunar.Year, leap = lunar.Leap }, CliJson.Options)
                : $"{day:dd/MM/yyyy} dương lịch là ngày {lunar} âm lịch.");
            return 0;
        });
        return command;
    }

    private static Command CreateSolar()
    {
        var lunarText = new Option<string>("--lunar") { Description = "Ngày âm lịch D/M/Y, ví dụ 10/3/2025", Required = true };
        var leap = new Option<bool>("--leap") { Description = "Tháng nhuận" };
        var json = Json();
        var command = new Command("solar", "Đổi ngày âm lịch sang dương lịch") { lunarText, leap, json };
        command.SetAction(result =>
        {
            var parts = result.GetValue(lunarText)!.Split('/');
            if (parts.Length != 3 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var d) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m)
                || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var y))
            {
                Console.Error.WriteLine("Ngày âm lịch phải có dạng ngày/tháng/năm, ví dụ 10/3/2025.");
                return 2;
            }
            var lunar = new LunarDate(d, m, y, result.GetValue(leap));
            if (LunarCalendar.ToSolar(lunar) is not { } solar)
            {
                Console.Error.WriteLine($"Không có ngày {lunar} âm lịch (tháng thiếu không có ngày 30, hoặc năm {y} không nhuận tháng {m}).");
                return 1;
            }
            Console.WriteLine(result.GetValue(json)
                ? JsonSerializer.Serialize(new { date = solar.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, CliJson.Options)
                : solar.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return 0;
        });
        return command;
    }

    private static Command CreateAddWorkingDays()
    {
        var date = DateArgument("Ngày bắt đầu (ngày tiếp nhận)");
        var days = new Argument<int>("N") { Description = "Số ngày làm việc" };
        var command = new Command("add-working-days", "Ngày làm việc thứ N sau một ngày (hạn giải quyết): bỏ thứ Bảy, Chủ nhật, ngày nghỉ lễ, tết và nghỉ bù")
        {
            date, days,
        };
        command.SetAction(async (result, ct) =>
        {
            if (Math.Abs(result.GetValue(days)) > 3650 || result.GetValue(date).Year is < 1816 or > 2183)
            {
                Console.Error.WriteLine("Số ngày làm việc tối đa 3.650, tính từ một ngày trong các năm 1816–2183.");
                return 2;
            }
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var due = await scope.Services.GetRequiredService<IWorkingCalendar>().AddWorkingDaysAsync(result.GetValue(date), result.GetValue(days), ct);
            Console.WriteLine(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return 0;
        });
        return command;
    }

    private static Command CreateHolidays()
    {
        var year = new Argument<int>("YEAR") { Description = "Năm" };
        var json = Json();
        var command = new Command("holidays", "Ngày nghỉ lễ, tết, nghỉ bù và ngày làm bù của một năm") { year, json };
        command.SetAction(async (result, ct) =>
        {
            if (result.GetValue(year) is < 1801 or > 2198)
            {
                Console.Error.WriteLine("Năm phải từ 1801 đến 2198.");
                return 2;
            }
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var days = await scope.Services.GetRequiredService<IWorkingCalendar>().DaysAsync(result.GetValue(year), ct);
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(days, CliJson.Options));
                return 0;
            }
            var culture = CultureInfo.GetCultureInfo("vi-VN");
            foreach (var day in days)
            {
                Console.WriteLine($"{day.Date.ToString("yyyy-MM-dd ddd", culture),-15} {(day.DayOff ? "nghỉ" : "làm bù"),-7} {day.Name} — {day.Basis}");
            }
            return 0;
        });
        return command;
    }

    private static Command CreateSet()
    {
        var date = DateArgument("Ngày");
        var off = new Option<bool>("--off") { Description = "Ngày nghỉ" };
        var working = new Option<bool>("--working") { Description = "Ngày làm việc (làm bù)" };
        var name = new Option<string>("--name") { Description = "Tên, ví dụ \"Nghỉ Tết Nguyên Đán\"", Required = true };
        var basis = new Option<string>("--basis") { Description = "Căn cứ: số, ngày văn bản thông báo lịch nghỉ", Required = true };
        var command = new Command("set", "Ghi một ngày của lịch nghỉ chính thức trong năm (thay mặc định theo luật)") { date, off, working, name, basis };
        command.SetAction(async (result, ct) =>
        {
            if (result.GetValue(off) == result.GetValue(working))
            {
                Console.Error.WriteLine("Chọn đúng một trong --off hoặc --working.");
                return 2;
            }
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var day = result.GetValue(date);
            var error = await scope.Services.GetRequiredService<IRegistryAdministration>().SetCalendarDayAsync(day, result.GetValue(off),
                result.GetValue(name)!, result.GetValue(basis)!, CommandScope.Actor, ct);
            await scope.AuditAsync("registry.calendar.set", error is null ? AuditOutcome.Success : AuditOutcome.Failure,
                day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), error ?? result.GetValue(name), ct);
            Console.WriteLine(error ?? $"Đã ghi ngày {day:dd/MM/yyyy}: {(result.GetValue(off) ? "nghỉ" : "làm việc")}.");
            return error is null ? 0 : 1;
        });
        return command;
    }

    private static Command CreateUnset()
    {
        var date = DateArgument("Ngày");
        var command = new Command("unset", "Bỏ một ngày của lịch nghỉ chính thức (mặc định theo luật áp dụng lại)") { date };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var day = result.GetValue(date);
            var removed = await scope.Services.GetRequiredService<IRegistryAdministration>().RemoveCalendarDayAsync(day, ct);
            await scope.AuditAsync("registry.calendar.removed", removed ? AuditOutcome.Success : AuditOutcome.Failure,
                day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, ct);
            Console.WriteLine(removed ? $"Đã bỏ ngày {day:dd/MM/yyyy} khỏi lịch năm." : $"Lịch năm không có mục ngày {day:dd/MM/yyyy}.");
            return removed ? 0 : 1;
        });
        return command;
    }
}
