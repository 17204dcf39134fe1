using System.CommandLine;
using System.Text.Json;
using LienThong.Exchange;

namespace LienThong.Host.Cli;

/// <summary><c>lienthong log verify|checkpoint</c>: the gateway's tamper-evident message log.</summary>
internal static class LogCommand
{
    public static Command Create()
    {
        var log = new Command("log", "Nhật ký trao đổi của nền tảng tích hợp (chuỗi băm, điểm kiểm tra có ký số) / the message log");
        log.Subcommands.Add(CreateVerify());
        log.Subcommands.Add(CreateCheckpoint());
        return log;
    }

    private static Command CreateVerify()
    {
        var from = new Option<long?>("--from") { Description = "Từ bản ghi số (mặc định 1)" };
        var to = new Option<long?>("--to") { Description = "Đến bản ghi số (mặc định bản ghi cuối)" };
        var json = new Option<bool>("--json") { Description = "In JSON" };
        var command = new Command("verify", "Tính lại chuỗi băm và kiểm tra chữ ký các điểm kiểm tra; nêu bản ghi hỏng đầu tiên (mã thoát 1)")
        {
            from, to, json,
        };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var started = TimeProvider.System.GetTimestamp();
            var verification = await scope.Services.GetRequiredService<IExchangeAdministration>()
                .VerifyLogAsync(result.GetValue(from), result.GetValue(to), ct);
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { verification.From, verification.To, verification.Records, verification.Checkpoints,
                    verification.Intact, verification.BrokenAt, verification.Problem, seconds = Math.Round(elapsed.TotalSeconds, 3) }, CliJson.Options));
            }
            else if (verification.Intact)
            {
                Console.WriteLine($"Nhật ký nguyên vẹn: {verification.Records} bản ghi ({verification.From}–{verification.To}), " +
                    $"{verification.Checkpoints} điểm kiểm tra hợp lệ, {elapsed.TotalSeconds:0.###} giây.");
            }
            else
            {
                Console.WriteLine($"Nhật ký HỎNG tại bản ghi {verification.BrokenAt}: {verification.Problem}");
            }
            return verification.Intact ? 0 : 1;
        });
        return command;
    }

    private static Command CreateCheckpoint()
    {
        var command = new Command("checkpoint", "Ký ngay một điểm kiểm tra cho đầu chuỗi (con dấu số của đơn vị vận hành, dấu thời gian)");
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var upTo = await scope.Services.GetRequiredService<IExchangeAdministration>().CheckpointAsync(ct);
            Console.WriteLine(upTo is null ? "Không có bản ghi mới để ký." : $"Đã ký điểm kiểm tra đến bản ghi {upTo}.");
            return 0;
        });
        return command;
    }
}
