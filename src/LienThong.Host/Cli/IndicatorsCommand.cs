using System.CommandLine;
using LienThong.Indicators;

namespace LienThong.Host.Cli;

/// <summary>
/// <c>lienthong indicators import FILE --as USER</c> (values entered in an official's name, the whole file or nothing) and
/// <c>lienthong indicators report --unit CODE --period 2024-Q1 --out FILE.xlsx</c> (the Decision 766 index as a workbook).
/// </summary>
internal static class IndicatorsCommand
{
    public static Command Create()
    {
        var indicators = new Command("indicators", "Chỉ số chuyển đổi số, chất lượng phục vụ / indicators");

        var file = new Argument<FileInfo>("FILE") { Description = "Tệp CSV hoặc Excel (.xlsx) có dòng tiêu đề" };
        var user = new Option<string>("--as") { Description = "Tài khoản cán bộ của cơ quan chịu trách nhiệm nhập", Required = true };
        var import = new Command("import", "Nhập số liệu chỉ số từ tệp; sai một dòng thì không dòng nào được lưu") { file, user };
        import.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"Không có tệp {path.FullName}.");
                return 2;
            }
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var (saved, problem) = await IndicatorsModule.ImportAsync(scope.Services, path.FullName, result.GetValue(user)!, ct);
            if (problem is not null)
            {
                Console.Error.WriteLine(problem);
                return 1;
            }
            Console.WriteLine($"Đã nhập {saved} số liệu từ {path.Name}; chờ lãnh đạo cơ quan duyệt.");
            return 0;
        });

        var unit = new Option<string>("--unit") { Description = "Mã đơn vị hành chính hoặc mã định danh cơ quan", Required = true };
        var period = new Option<string>("--period") { Description = "Kỳ: 2024, 2024-Q1 hoặc 2024-03", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Tệp Excel (.xlsx) kết quả", Required = true };
        var report = new Command("report", "Tính Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg) và ghi ra Excel") { unit, period, output };
        report.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var (computed, problem) = await IndicatorsModule.ReportAsync(scope.Services, result.GetValue(unit)!, result.GetValue(period)!,
                result.GetValue(output)!.FullName, ct);
            if (computed is null)
            {
                Console.Error.WriteLine(problem);
                return 1;
            }
            Console.WriteLine(computed.NoData
                ? $"{computed.UnitName}, {computed.From:dd/MM/yyyy}–{computed.To:dd/MM/yyyy}: không có dữ liệu. Đã ghi {result.GetValue(output)!.Name}."
                : $"{computed.UnitName}, {computed.From:dd/MM/yyyy}–{computed.To:dd/MM/yyyy}: {computed.Total:0.##}/{computed.Max:0} điểm ({computed.Band}). Đã ghi {result.GetValue(output)!.Name}.");
            return 0;
        });
        indicators.Subcommands.Add(import);
        indicators.Subcommands.Add(report);
        return indicators;
    }
}
