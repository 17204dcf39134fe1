using System.CommandLine;
using System.Text.Json;
using LienThong.AgencySystems;

namespace LienThong.Host.Cli;

/// <summary><c>lienthong dossiers simulate --procedure 1.013831 --count N</c>: whole dossiers over HTTP against the running platform.</summary>
internal static class DossiersCommand
{
    public static Command Create()
    {
        var dossiers = new Command("dossiers", "Hồ sơ thủ tục hành chính / dossiers");
        var procedure = new Option<string>("--procedure") { Description = "Mã thủ tục (hiện mô phỏng 1.013831)", DefaultValueFactory = _ => DossierSimulation.Procedure };
        var count = new Option<int>("--count") { Description = "Số hồ sơ", DefaultValueFactory = _ => 10 };
        var concurrency = new Option<int>("--concurrency") { Description = "Số hồ sơ chạy đồng thời", DefaultValueFactory = _ => 4 };
        var url = new Option<string>("--url") { Description = "Địa chỉ nền tảng đang chạy", DefaultValueFactory = _ => LienThongHost.DefaultUrl };
        var skip = new Option<int>("--skip") { Description = "Bỏ qua bao nhiêu thửa đất đầu danh sách", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "In báo cáo JSON" };
        var simulate = new Command("simulate", "Chạy trọn hồ sơ qua HTTP và nền tảng tích hợp bằng tài khoản mẫu; in thời gian từng chặng")
        {
            procedure, count, concurrency, url, skip, json,
        };
        simulate.SetAction(async (result, ct) =>
        {
            if (result.GetValue(procedure) != DossierSimulation.Procedure)
            {
                Console.Error.WriteLine($"Hiện chỉ mô phỏng thủ tục {DossierSimulation.Procedure} (đăng ký biến động do chuyển nhượng, có chặng thuế).");
                return 2;
            }
            var n = result.GetValue(count);
            if (n is < 1 or > 100_000)
            {
                Console.Error.WriteLine("--count từ 1 đến 100000.");
                return 2;
            }
            IReadOnlyList<AgencySystemsModule.SampleParcel> parcels;
            await using (var scope = await CommandScope.OpenAsync(result, ct, prepare: false))
            {
                parcels = await AgencySystemsModule.SampleParcelsAsync(scope.Services, result.GetValue(skip), 1200, ct);
            }
            if (parcels.Count == 0)
            {
                Console.Error.WriteLine("Không có thửa đất nào sau --skip; giảm --skip.");
                return 2;
            }
            var chosen = Enumerable.Range(0, n).Select(i => parcels[i % parcels.Count]).ToList();
            var simulation = new DossierSimulation(new Uri(result.GetValue(url)!), Console.Error);
            var report = await simulation.RunAsync(chosen, Math.Clamp(result.GetValue(concurrency), 1, 64), ct);
            Console.WriteLine(result.GetValue(json) ? JsonSerializer.Serialize(report, CliJson.Options) : DossierSimulation.Format(report));
            return report.Failed == 0 ? 0 : 1;
        });
        dossiers.Subcommands.Add(simulate);
        return dossiers;
    }
}
