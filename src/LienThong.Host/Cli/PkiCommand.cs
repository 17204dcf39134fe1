using System.CommandLine;
using System.Text.Json;
using LienThong.BuildingBlocks.Auditing;
using LienThong.Registry.Contracts;
using LienThong.Trust;
using LienThong.Trust.Contracts;

namespace LienThong.Host.Cli;

/// <summary><c>lienthong pki list|issue|revoke|export-root</c>: the province's certificate authority.</summary>
internal static class PkiCommand
{
    public static Command Create()
    {
        var pki = new Command("pki", "Hạ tầng khoá công khai: CA, chứng thư số / the PKI");
        pki.Subcommands.Add(CreateList());
        pki.Subcommands.Add(CreateIssue());
        pki.Subcommands.Add(CreateRevoke());
        pki.Subcommands.Add(CreateExportRoot());
        pki.Subcommands.Add(CreateCoverage());
        return pki;
    }

    private static Command CreateList()
    {
        var json = new Option<bool>("--json") { Description = "In JSON" };
        var command = new Command("list", "Liệt kê chứng thư đã cấp") { json };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var list = await scope.Services.GetRequiredService<ITrustAdministration>().ListAsync(ct);
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(list, CliJson.Options));
                return 0;
            }
            foreach (var c in list)
            {
                Console.WriteLine($"{c.SerialNumber,-34} {c.Profile,-11} {(c.RevokedAtUtc is null ? "hiệu lực" : "thu hồi"),-9} {c.Subject}");
            }
            return 0;
        });
        return command;
    }

    private static Command CreateIssue()
    {
        var profile = new Option<string>("--profile") { Description = "seal | official | tsa | ocsp | tls-client", Required = true };
        var agency = new Option<string?>("--agency") { Description = "Mã định danh cơ quan (seal)" };
        var user = new Option<string?>("--user") { Description = "Tên đăng nhập của cán bộ (official)" };
        var name = new Option<string?>("--name") { Description = "Tên dịch vụ (tsa, ocsp, tls-client)" };
        var command = new Command("issue", "Cấp chứng thư số") { profile, agency, user, name };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var subject = result.GetValue(profile) switch
            {
                "seal" => result.GetValue(agency),
                "official" => result.GetValue(user),
                _ => result.GetValue(name),
            };
            var (certificate, error) = await scope.Services.GetRequiredService<ITrustAdministration>()
                .IssueAsync(result.GetValue(profile)!, subject ?? "", ct);
            if (certificate is null)
            {
                await Console.Error.WriteLineAsync(error);
                return 1;
            }
            await scope.AuditAsync("trust.certificate.issued", AuditOutcome.Success, certificate.SerialNumber, certificate.Profile, ct);
            Console.WriteLine($"Đã cấp {certificate.Profile} số hiệu {certificate.SerialNumber}: {certificate.Subject}");
            return 0;
        });
        return command;
    }

    private static Command CreateRevoke()
    {
        var serial = new Argument<string>("SERIAL") { Description = "Số hiệu chứng thư (hex)" };
        var reason = new Option<string>("--reason") { Description = "keyCompromise | affiliationChanged | superseded | cessationOfOperation | certificateHold | unspecified", DefaultValueFactory = _ => "unspecified" };
        var command = new Command("revoke", "Thu hồi chứng thư số") { serial, reason };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var error = await scope.Services.GetRequiredService<ITrustAdministration>().RevokeAsync(result.GetValue(serial)!, result.GetValue(reason)!, ct);
            await scope.AuditAsync("trust.certificate.revoked", error is null ? AuditOutcome.Success : AuditOutcome.Failure,
                result.GetValue(serial), error ?? result.GetValue(reason), ct);
            if (error is not null)
            {
                await Console.Error.WriteLineAsync(error);
                return 1;
            }
            Console.WriteLine($"Đã thu hồi {result.GetValue(serial)} ({result.GetValue(reason)}).");
            return 0;
        });
        return command;
    }

    private static Command CreateExportRoot()
    {
        var output = new Option<FileInfo>("--out") { Description = "Tệp PEM", Required = true };
        var command = new Command("export-root", "Xuất chứng thư CA gốc (PEM)") { output };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            await File.WriteAllTextAsync(result.GetValue(output)!.FullName,
                await scope.Services.GetRequiredService<ITrustAdministration>().ExportRootPemAsync(ct), ct);
            return 0;
        });
        return command;
    }

    private static Command CreateCoverage()
    {
        var at = new Option<DateOnly?>("--at") { Description = "Các cơ quan đang hoạt động vào ngày (yyyy-MM-dd); mặc định Trust:CoverageDate" };
        var json = new Option<bool>("--json") { Description = "In JSON" };
        var command = new Command("coverage", "Tỷ lệ cơ quan có chứng thư con dấu còn hiệu lực, theo cấp; cán bộ ký có chứng thư") { at, json };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var report = await scope.Services.GetRequiredService<ISignatureCoverage>().ReportAsync(result.GetValue(at), ct);
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report, CliJson.Options));
                return 0;
            }
            Console.WriteLine($"Cơ quan đang hoạt động ngày {report.At:dd/MM/yyyy} có chứng thư con dấu còn hiệu lực: " +
                $"{report.Agencies.Covered}/{report.Agencies.Total} ({report.Agencies.Percent}%)");
            foreach (var level in report.ByLevel)
            {
                Console.WriteLine($"  {AgencyLevels.VietnameseNames[level.Level],-10} {level.Covered}/{level.Total} ({level.Percent}%)");
            }
            Console.WriteLine($"Cán bộ ký có chứng thư cá nhân: {report.Officials.Covered}/{report.Officials.Total} ({report.Officials.Percent}%)");
            foreach (var agency in report.Uncovered)
            {
                Console.WriteLine($"  chưa có: {agency.ElectronicId} {agency.Name}");
            }
            return 0;
        });
        return command;
    }
}
