using System.CommandLine;
using LienThong.BuildingBlocks.Auditing;
using LienThong.Host.Startup;

namespace LienThong.Host.Cli;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Áp dụng các migration của mọi mô-đun / apply every module's database migrations");
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct, prepare: false);
            var applied = await scope.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(ct);
            await scope.AuditAsync("platform.migrated", AuditOutcome.Success, null, string.Join(", ", applied), ct);
            Console.WriteLine(applied.Count == 0 ? "Cơ sở dữ liệu đã ở phiên bản mới nhất." : $"Đã áp dụng {applied.Count} migration: {string.Join(", ", applied)}");
            return 0;
        });
        return command;
    }
}
