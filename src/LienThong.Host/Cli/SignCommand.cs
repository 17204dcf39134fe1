using System.CommandLine;
using LienThong.BuildingBlocks.Auditing;
using LienThong.Trust;

namespace LienThong.Host.Cli;

/// <summary><c>lienthong sign cms</c>: detached CAdES B-T signatures with an agency's seal (PDF signing comes next).</summary>
internal static class SignCommand
{
    public static Command Create()
    {
        var sign = new Command("sign", "Ký số tệp / sign files");
        var input = new Option<FileInfo>("--in") { Description = "Tệp cần ký", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Chữ ký tách rời (.p7s)", Required = true };
        var seal = new Option<string>("--seal") { Description = "Mã định danh cơ quan có con dấu số", Required = true };
        var cms = new Command("cms", "Chữ ký CMS tách rời (CAdES B-T) bằng con dấu số của cơ quan") { input, output, seal };
        cms.SetAction(async (result, ct) =>
        {
            var file = result.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp {file.FullName}");
                return 2;
            }
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var (signature, error) = await scope.Services.GetRequiredService<ITrustAdministration>()
                .SealDetachedAsync(await File.ReadAllBytesAsync(file.FullName, ct), result.GetValue(seal)!, ct);
            await scope.AuditAsync("trust.signature.created", signature is null ? AuditOutcome.Failure : AuditOutcome.Success,
                file.Name, error ?? "cms " + result.GetValue(seal), ct);
            if (signature is null)
            {
                await Console.Error.WriteLineAsync(error);
                return 1;
            }
            await File.WriteAllBytesAsync(result.GetValue(output)!.FullName, signature, ct);
            Console.WriteLine($"Đã ký: {result.GetValue(output)!.FullName}");
            return 0;
        });
        sign.Subcommands.Add(cms);
        return sign;
    }
}
