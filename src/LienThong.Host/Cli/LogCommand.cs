using System.CommandLine;
using System.Text.Json;
using LienThong.Exchange;
using LienThong.Exchange.MessageLog;

namespace LienThong.Host.Cli;

/// <summary><c>lienthong log verify|checkpoint</c>: the gateway's tamper-evident message log.</summary>
internal static class LogCommand
{
    public static Command Create()
    {
        var log = new Command("log", "Nhật ký trao đổi của nền tảng tích hợp (chuỗi băm, điểm kiểm tra có ký số) / the message log");
        log.Subcommands.Add(CreateVerify());
        log.Subcommands.Add(CreateCheckpoint());
        log.Subcommands.Add(CreateProof());
        log.Subcommands.Add(CreateVerifyProof());
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

    private static Command CreateProof()
    {
        var messageId = new Argument<string>("MESSAGE-ID") { Description = "Mã trao đổi (LienThong-Message-Id)" };
        var output = new Option<FileInfo>("--out") { Description = "Tệp bằng chứng (JSON)", Required = true };
        var command = new Command("proof", "Xuất bằng chứng của một lần trao đổi tới điểm kiểm tra đã ký, để kiểm tra không cần cơ sở dữ liệu")
        {
            messageId, output,
        };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var (proof, error) = await scope.Services.GetRequiredService<IExchangeAdministration>().ProveAsync(result.GetValue(messageId)!, ct);
            if (proof is null)
            {
                await Console.Error.WriteLineAsync(error);
                return 1;
            }
            await File.WriteAllTextAsync(result.GetValue(output)!.FullName, JsonSerializer.Serialize(proof, CliJson.Options), ct);
            Console.WriteLine($"Đã xuất bằng chứng của bản ghi {proof.Record.Sequence} tới điểm kiểm tra {proof.Checkpoint.UpToSequence}.");
            return 0;
        });
        return command;
    }

    private static Command CreateVerifyProof()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp bằng chứng (JSON)" };
        var root = new Option<FileInfo>("--root") { Description = "Chứng thư CA gốc (PEM), ví dụ từ 'lienthong pki export-root'", Required = true };
        var command = new Command("verify-proof", "Kiểm tra bằng chứng ngoại tuyến (không cần cơ sở dữ liệu): chuỗi băm tới điểm kiểm tra và chữ ký")
        {
            file, root,
        };
        command.SetAction(async (result, ct) =>
        {
            LogProof? proof;
            try
            {
                proof = JsonSerializer.Deserialize<LogProof>(await File.ReadAllTextAsync(result.GetValue(file)!.FullName, ct), CliJson.Options);
            }
            catch (Exception e) when (e is JsonException or IOException)
            {
                await Console.Error.WriteLineAsync($"Không đọc được tệp bằng chứng: {e.Message}");
                return 2;
            }
            using var anchor = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(
                await File.ReadAllTextAsync(result.GetValue(root)!.FullName, ct));
            var problem = proof is null ? "Tệp bằng chứng rỗng." : MessageLogProofs.Verify(proof, anchor);
            Console.WriteLine(problem is null
                ? $"Bằng chứng hợp lệ: bản ghi {proof!.Record.Sequence} ({proof.Record.MessageId}) nằm trong nhật ký đã ký tới bản ghi {proof.Checkpoint.UpToSequence}."
                : $"Bằng chứng KHÔNG hợp lệ: {problem}");
            return problem is null ? 0 : 1;
        });
        return command;
    }
}
