using System.CommandLine;
using System.Text.Json;
using LienThong.Trust;
using LienThong.Trust.Validation;

namespace LienThong.Host.Cli;

/// <summary><c>lienthong verify FILE [--detached FILE.p7s] [--json]</c>: exit 0 only when every signature is TOTAL_PASSED.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp đã ký (nội dung)" };
        var detached = new Option<FileInfo?>("--detached") { Description = "Chữ ký tách rời (.p7s)" };
        var json = new Option<bool>("--json") { Description = "In JSON" };
        var command = new Command("verify", "Kiểm tra chữ ký số: mọi chữ ký trong một PDF, hoặc chữ ký CAdES tách rời (--detached)") { file, detached, json };
        command.SetAction(async (result, ct) =>
        {
            var content = result.GetValue(file)!;
            var signature = result.GetValue(detached);
            if (!content.Exists || signature is { Exists: false })
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp {(content.Exists ? signature!.FullName : content.FullName)}");
                return 2;
            }
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var trust = scope.Services.GetRequiredService<ITrustAdministration>();
            var bytes = await File.ReadAllBytesAsync(content.FullName, ct);
            IReadOnlyList<SignatureReport> reports;
            if (signature is null)
            {
                var (pdfReports, error) = await trust.ValidatePdfAsync(bytes, ct);
                if (pdfReports is null)
                {
                    await Console.Error.WriteLineAsync(error);
                    return 1;
                }
                reports = pdfReports;
            }
            else
            {
                reports = await trust.ValidateDetachedAsync(bytes, await File.ReadAllBytesAsync(signature.FullName, ct), ct);
            }
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { signatures = reports }, CliJson.Options));
            }
            else
            {
                foreach (var report in reports)
                {
                    Console.WriteLine($"{report.Indication}{(report.SubIndication is null ? "" : "/" + report.SubIndication)} — "
                        + $"{(report.Field is null ? "" : report.Field + ", ")}{report.Signer}{(report.Level is null ? "" : ", " + report.Level)}: {report.Detail}");
                }
            }
            return reports.Count > 0 && reports.All(r => r.Indication == Indications.TotalPassed) ? 0 : 1;
        });
        return command;
    }
}
