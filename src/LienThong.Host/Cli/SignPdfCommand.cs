using System.CommandLine;
using LienThong.BuildingBlocks.Auditing;
using LienThong.Trust.Contracts;

namespace LienThong.Host.Cli;

/// <summary>
/// <c>lienthong sign pdf --in F --out F [--signer USER] [--seal EID] [--attachment NOTATION] [--level B-T|B-LT]</c>: the official
/// signs, then the agency's seal is applied, each as an incremental update, so the first signature stays valid.
/// </summary>
internal static class SignPdfCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--in") { Description = "Tệp PDF cần ký", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Tệp PDF đã ký", Required = true };
        var signer = new Option<string?>("--signer") { Description = "Tên đăng nhập của người ký (chữ ký cá nhân, hình chữ ký màu xanh)" };
        var seal = new Option<string?>("--seal") { Description = "Mã định danh cơ quan: đóng dấu số sau chữ ký (hình con dấu màu đỏ)" };
        var attachment = new Option<string?>("--attachment")
        {
            Description = "Tệp đính kèm: ký bằng con dấu ở góc trên bên phải trang đầu, không hình ảnh, ghi số/ký hiệu này (ví dụ 05/QĐ-UBND)",
        };
        var level = new Option<string>("--level") { Description = "B-T hoặc B-LT (mặc định: thông tin xác thực lưu trong tệp)", DefaultValueFactory = _ => "B-LT" };
        level.AcceptOnlyFromAmong("B-T", "B-LT");
        var command = new Command("pdf", "Ký PDF theo PAdES (B-T/B-LT): cán bộ ký rồi văn thư đóng dấu số, mỗi chữ ký một lần cập nhật tăng dần")
        {
            input, output, signer, seal, attachment, level,
        };
        command.SetAction(async (result, ct) =>
        {
            var file = result.GetValue(input)!;
            var (user, agency, notation) = (result.GetValue(signer), result.GetValue(seal), result.GetValue(attachment));
            if (user is null && agency is null)
            {
                await Console.Error.WriteLineAsync("Cần --signer (người ký) và/hoặc --seal (con dấu của cơ quan).");
                return 2;
            }
            if (notation is not null && (agency is null || user is not null))
            {
                await Console.Error.WriteLineAsync("Tệp đính kèm chỉ được ký bằng con dấu của cơ quan: dùng --seal với --attachment, không dùng --signer.");
                return 2;
            }
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp {file.FullName}");
                return 2;
            }
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var documents = scope.Services.GetRequiredService<IDocumentSigner>();
            var longTerm = result.GetValue(level) == "B-LT";
            var pdf = await File.ReadAllBytesAsync(file.FullName, ct);
            var steps = new List<PdfSigningRequest>();
            if (user is not null)
            {
                steps.Add(PdfSigningRequest.Official(user) with { LongTerm = longTerm });
            }
            if (agency is not null)
            {
                steps.Add(PdfSigningRequest.Seal(agency) with
                {
                    LongTerm = longTerm,
                    Mark = notation is null ? PdfSignatureMark.Visible : PdfSignatureMark.Attachment,
                    Notation = notation,
                });
            }
            foreach (var step in steps)
            {
                var signed = await documents.SignPdfAsync(pdf, step, ct);
                await scope.AuditAsync("trust.signature.created", signed.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure, file.Name,
                    signed.Error ?? $"pdf {step.OfficialUserName ?? step.SealElectronicId}", ct);
                if (!signed.Succeeded)
                {
                    // Nothing is written: a half-signed document is not handed on.
                    await Console.Error.WriteLineAsync(signed.Error);
                    return 1;
                }
                pdf = signed.Signed!;
            }
            await File.WriteAllBytesAsync(result.GetValue(output)!.FullName, pdf, ct);
            Console.WriteLine($"Đã ký ({steps.Count} chữ ký, PAdES {result.GetValue(level)}): {result.GetValue(output)!.FullName}");
            return 0;
        });
        return command;
    }
}
