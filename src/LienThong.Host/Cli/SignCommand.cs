using System.CommandLine;
using LienThong.BuildingBlocks.Auditing;
using LienThong.Trust;

namespace LienThong.Host.Cli;

/// <summary><c>lienthong sign pdf|cms|xml</c>: PAdES by officials and seals; CAdES and XML-DSig with an agency's seal.</summary>
internal static class SignCommand
{
    private delegate Task<(byte[]? Output, string? Error)> Sealing(ITrustAdministration trust, byte[] input, string agency, CancellationToken ct);

    public static Command Create()
    {
        var sign = new Command("sign", "Ký số tệp / sign files");
        sign.Subcommands.Add(SignPdfCommand.Create());
        sign.Subcommands.Add(Create("cms", "Chữ ký CMS tách rời (CAdES B-T) bằng con dấu số của cơ quan; --out là tệp .p7s",
            (trust, input, agency, ct) => trust.SealDetachedAsync(input, agency, ct)));
        sign.Subcommands.Add(Create("xml", "Chữ ký XML-DSig bao trong tài liệu (enveloped) bằng con dấu số của cơ quan",
            (trust, input, agency, ct) => trust.SealXmlAsync(input, agency, ct)));
        return sign;
    }

    private static Command Create(string name, string description, Sealing seal)
    {
        var input = new Option<FileInfo>("--in") { Description = "Tệp cần ký", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Tệp kết quả", Required = true };
        var agency = new Option<string>("--seal") { Description = "Mã định danh cơ quan có con dấu số", Required = true };
        var command = new Command(name, description) { input, output, agency };
        command.SetAction(async (result, ct) =>
        {
            var file = result.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp {file.FullName}");
                return 2;
            }
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var (signed, error) = await seal(scope.Services.GetRequiredService<ITrustAdministration>(),
                await File.ReadAllBytesAsync(file.FullName, ct), result.GetValue(agency)!, ct);
            await scope.AuditAsync("trust.signature.created", signed is null ? AuditOutcome.Failure : AuditOutcome.Success,
                file.Name, error ?? $"{name} {result.GetValue(agency)}", ct);
            if (signed is null)
            {
                await Console.Error.WriteLineAsync(error);
                return 1;
            }
            await File.WriteAllBytesAsync(result.GetValue(output)!.FullName, signed, ct);
            Console.WriteLine($"Đã ký: {result.GetValue(output)!.FullName}");
            return 0;
        });
        return command;
    }
}
