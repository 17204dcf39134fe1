using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Time;
using LienThong.Registry;
using LienThong.Registry.Contracts;

namespace LienThong.Host.Cli;

internal static class UnitsCommand
{
    public static Command Create()
    {
        var units = new Command("units", "Đơn vị hành chính / administrative units");
        units.Subcommands.Add(CreateList());
        units.Subcommands.Add(CreateImport());
        return units;
    }

    private static Command CreateList()
    {
        var at = new Option<string?>("--at") { Description = "Ngày hiệu lực YYYY-MM-DD (mặc định hôm nay)" };
        var parent = new Option<string?>("--parent") { Description = "Mã đơn vị cha" };
        var level = new Option<int?>("--level") { Description = "Cấp: 1 tỉnh, 2 huyện, 3 xã" };
        var json = new Option<bool>("--json") { Description = "In JSON thay vì bảng" };
        var command = new Command("list", "Liệt kê đơn vị hành chính có hiệu lực vào một ngày") { at, parent, level, json };
        command.Validators.Add(r =>
        {
            if (r.GetValue(at) is { } value && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                r.AddError($"--at: '{value}' không phải ngày dạng YYYY-MM-DD");
            }
            if (r.GetValue(level) is { } l && l is < 1 or > 3)
            {
                r.AddError($"--level: {l} phải là 1, 2 hoặc 3");
            }
        });
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var date = result.GetValue(at) is { } value
                ? DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : VietnamTime.Today(scope.Services.GetRequiredService<TimeProvider>());
            var list = await scope.Services.GetRequiredService<IRegistryDirectory>()
                .ListUnitsAsync(new UnitQuery(date, result.GetValue(parent), result.GetValue(level)), ct);
            Console.OutputEncoding = Encoding.UTF8;
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(list, CliJson.Options));
                return 0;
            }
            foreach (var unit in list)
            {
                Console.WriteLine($"{unit.Code,-6} {unit.Level}  {unit.Name}{(unit.Confirmed ? "" : "  (chưa xác nhận)")}");
            }
            Console.WriteLine($"{list.Count} đơn vị, ngày {date:yyyy-MM-dd}");
            return 0;
        });
        return command;
    }

    private static Command CreateImport()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp CSV theo định dạng của mô-đun Registry (xem README)" };
        var command = new Command("import", "Nhập đơn vị hoặc quan hệ kế thừa từ tệp CSV; sai một dòng thì không nhập gì") { file };
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            Console.OutputEncoding = Encoding.UTF8;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp {path.FullName}");
                return 2;
            }
            await using var scope = await CommandScope.OpenAsync(result, ct);
            using var reader = new StreamReader(path.FullName, Encoding.UTF8);
            var outcome = await scope.Services.GetRequiredService<IRegistryAdministration>().ImportAsync(reader, ct);
            if (!outcome.Succeeded)
            {
                await scope.AuditAsync("registry.units.import-refused", AuditOutcome.Failure, path.Name,
                    $"{outcome.Errors.Count} dòng lỗi", ct);
                await Console.Error.WriteLineAsync($"Tệp bị từ chối, không có dòng nào được nhập ({outcome.Errors.Count} lỗi):");
                foreach (var error in outcome.Errors)
                {
                    await Console.Error.WriteLineAsync("  " + error);
                }
                return 1;
            }
            var summary = $"{outcome.Kind}: {outcome.Inserted} mới, {outcome.Updated} cập nhật";
            await scope.AuditAsync("registry.units.imported", AuditOutcome.Success, path.Name, summary, ct);
            Console.WriteLine("Đã nhập " + summary);
            return 0;
        });
        return command;
    }
}
