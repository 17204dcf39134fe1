using System.CommandLine;
using LienThong.BuildingBlocks.Auditing;
using LienThong.Host.Startup;
using LienThong.Registry;

namespace LienThong.Host.Cli;

internal static class SeedCommand
{
    public static Command Create()
    {
        var command = new Command("seed", "Nạp dữ liệu tham chiếu của tỉnh mẫu / load the reference province (idempotent)");
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var outcomes = await scope.Services.GetRequiredService<IRegistryAdministration>().SeedAsync(ct);
            await scope.Services.GetRequiredService<DatabaseStartup>().SeedIdentityAsync(ct);
            var summary = string.Join("; ", outcomes.Select(o => $"{o.Kind}: +{o.Inserted} mới, {o.Updated} cập nhật"));
            await scope.AuditAsync("platform.seeded", AuditOutcome.Success, "registry", summary, ct);
            Console.WriteLine(summary);
            return 0;
        });
        return command;
    }
}
