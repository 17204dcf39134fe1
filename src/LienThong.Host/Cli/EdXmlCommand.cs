using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LienThong.Documents.EdXml;

namespace LienThong.Host.Cli;

/// <summary><c>lienthong edxml inspect FILE [--json]</c>: validates an edXML package (QCVN 102:2016) and prints its header.</summary>
internal static class EdXmlCommand
{
    /// <summary><c>lienthong edxml import FILE --to AGENCY-EID</c>: a package received outside the platform, into the agency's arrivals (status 01).</summary>
    private static Command CreateImport()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp .edxml" };
        var to = new Option<string>("--to") { Description = "Mã định danh cơ quan nhận", Required = true };
        var import = new Command("import", "Tiếp nhận gói tin edXML vào văn bản đến của cơ quan (kiểm tra, chống trùng, trạng thái 01)") { file, to };
        import.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"Không có tệp {path.FullName}.");
                return 2;
            }
            if (path.Length > LienThong.Documents.EdXml.EdXmlLimits.Default.MaxPackageBytes)
            {
                Console.Error.WriteLine("Gói tin quá lớn.");
                return 1;
            }
            await using var scope = await CommandScope.OpenAsync(result, ct, prepare: false);
            try
            {
                var (id, documentId) = await LienThong.Documents.DocumentsModule.ImportAsync(scope.Services, await File.ReadAllBytesAsync(path.FullName, ct),
                    result.GetValue(to)!, ct);
                Console.WriteLine($"Đã tiếp nhận văn bản {documentId} (mã {id}), trạng thái 01 — chờ văn thư vào sổ.");
                return 0;
            }
            catch (LienThong.BuildingBlocks.Problems.ProblemException problem)
            {
                Console.Error.WriteLine(problem.Message);
                return 1;
            }
        });
        return import;
    }

    /// <summary><c>lienthong edxml pack DOCUMENT-ID --out FILE</c>: an issued document as an edXML package, its sealed PDF attached.</summary>
    private static Command CreatePack()
    {
        var id = new Argument<string>("DOCUMENT-ID") { Description = "Mã văn bản, hoặc DocumentId edXML {OrganId},{yyyy/MM/dd},{số}/{ký hiệu}" };
        var output = new Option<FileInfo>("--out") { Description = "Tệp .edxml ghi ra", Required = true };
        var pack = new Command("pack", "Đóng gói văn bản đã phát hành thành gói tin edXML (kèm tệp PDF đã ký số)") { id, output };
        pack.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct, prepare: false);
            try
            {
                var package = await LienThong.Documents.DocumentsModule.PackAsync(scope.Services, result.GetValue(id)!, ct);
                await File.WriteAllBytesAsync(result.GetValue(output)!.FullName, package, ct);
                Console.WriteLine($"Đã ghi {result.GetValue(output)!.FullName} ({package.Length:N0} byte).");
                return 0;
            }
            catch (LienThong.BuildingBlocks.Problems.ProblemException problem)
            {
                Console.Error.WriteLine(problem.Message);
                return 1;
            }
        });
        return pack;
    }

    public static Command Create()
    {
        var edxml = new Command("edxml", "Gói tin văn bản điện tử edXML (QCVN 102:2016/BTTTT)");
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp .edxml" };
        var json = new Option<bool>("--json") { Description = "In JSON" };
        var inspect = new Command("inspect", "Kiểm tra gói tin và in các trường tiêu đề; mã thoát khác 0 khi gói tin không hợp lệ") { file, json };
        inspect.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"Không có tệp {path.FullName}.");
                return 2;
            }
            EdXmlReadResult read;
            using (var stream = path.OpenRead())
            {
                read = EdXmlReader.Read(stream);
            }
            var d = read.Document;
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    documentId = d?.DocumentId,
                    from = d is null ? null : new { organId = d.From.OrganId, organName = d.From.OrganName },
                    to = d?.To.Select(t => new { organId = t.OrganId, organName = t.OrganName }).ToList() ?? [],
                    code = d is null ? null : new { number = d.CodeNumber, notation = d.CodeNotation },
                    promulgationDate = d?.PromulgationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    typeName = d?.TypeName,
                    subject = d?.Subject,
                    attachments = d?.Attachments.Select(a => new { name = a.Name, size = a.Content.Length }).ToList() ?? [],
                    errors = read.Errors,
                }, CliJson.Options));
            }
            else if (d is not null)
            {
                Console.WriteLine($"Văn bản {d.DocumentId}");
                Console.WriteLine($"  Số, ký hiệu: {d.CodeNumber}/{d.CodeNotation} — {d.TypeName}, {d.Place} ngày {d.PromulgationDate:dd/MM/yyyy}");
                Console.WriteLine($"  Trích yếu: {d.Subject}");
                Console.WriteLine($"  Nơi gửi: {d.From.OrganId} {d.From.OrganName}");
                Console.WriteLine($"  Nơi nhận: {string.Join("; ", d.To.Select(t => $"{t.OrganId} {t.OrganName}".Trim()))}");
                foreach (var a in d.Attachments)
                {
                    Console.WriteLine($"  Đính kèm: {a.Name} ({a.Content.Length:N0} byte)");
                }
            }
            foreach (var error in read.Errors)
            {
                Console.Error.WriteLine("Lỗi: " + error);
            }
            return read.Valid ? 0 : 1;
        });
        edxml.Subcommands.Add(inspect);
        edxml.Subcommands.Add(CreatePack());
        edxml.Subcommands.Add(CreateImport());
        return edxml;
    }
}
