using Microsoft.EntityFrameworkCore;

namespace LienThong.BuildingBlocks.Persistence;

/// <summary>
/// One module's database: its name (table prefix and migration-history table derive from it) and its
/// DbContext type. The host migrates, health-checks and lists every registered module database.
/// </summary>
public sealed record ModuleDatabase(string Module, Type ContextType)
{
    public string MigrationsHistoryTable => "__" + Module + "_migrations";

    public DbContext Resolve(IServiceProvider services) =>
        (DbContext)(services.GetService(ContextType)
            ?? throw new InvalidOperationException($"DbContext {ContextType.Name} is not registered."));
}
