using System.CommandLine;
using System.Text.Json;
using LienThong.BuildingBlocks.Auditing;
using LienThong.Trust;

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
        var profile = new Option<string>("--profile") { Description = "seal | tsa | ocsp | tls-client", Required = true };
        var agency = new Option<string?>("--agency") { Description = "Mã định danh cơ quan (seal)" };
        var name = new Option<string?>("--name") { Description = "Tên dịch vụ (tsa, ocsp, tls-client)" };
        var command = new Command("issue", "Cấp chứng thư số") { profile, agency, name };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var subject = result.GetValue(profile) == "seal" ? result.GetValue(agency) : result.GetValue(name);
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
}
