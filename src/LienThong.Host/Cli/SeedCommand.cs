using System.CommandLine;
using LienThong.BuildingBlocks.Auditing;
using LienThong.Host.Startup;
using LienThong.Registry;
using LienThong.Trust;

namespace LienThong.Host.Cli;

internal static class SeedCommand
{
    public static Command Create()
    {
        var command = new Command("seed", "Nạp dữ liệu tham chiếu của tỉnh mẫu và cấp chứng thư số còn thiếu / load the reference province, issue missing certificates (idempotent)");
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var outcomes = await scope.Services.GetRequiredService<IRegistryAdministration>().SeedAsync(ct);
            await scope.Services.GetRequiredService<DatabaseStartup>().SeedIdentityAsync(ct);
            var (seals, officials) = await scope.Services.GetRequiredService<ITrustAdministration>().EnrolAsync(Environment.ProcessorCount, ct);
            var summary = string.Join("; ", outcomes.Select(o => $"{o.Kind}: +{o.Inserted} mới, {o.Updated} cập nhật"))
                + $"; chứng thư con dấu: +{seals}, chứng thư cá nhân: +{officials}";
            await scope.AuditAsync("platform.seeded", AuditOutcome.Success, "registry", summary, ct);
            Console.WriteLine(summary);
            return 0;
        });
        return command;
    }
}
