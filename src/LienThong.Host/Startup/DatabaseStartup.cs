using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Persistence;
using LienThong.Identity;
using LienThong.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LienThong.Host.Startup;

/// <summary>Migrates every module's schema and loads the reference data.</summary>
internal sealed class DatabaseStartup(
    IServiceProvider services, IEnumerable<ModuleDatabase> databases, DatabaseConnection connection,
    IOptions<PersistenceOptions> options, IRegistryAdministration registry, IIdentityAdministration identity,
    IHostEnvironment environment, IAuditLog audit, ILogger<DatabaseStartup> logger)
{
    /// <summary>SQLite migrates and seeds on first start; PostgreSQL only with Persistence:MigrateOnStart.</summary>
    public async Task PrepareForServingAsync(CancellationToken cancellationToken)
    {
        if (connection.Provider == DatabaseProvider.Postgres && !options.Value.MigrateOnStart)
        {
            logger.LogInformation("PostgreSQL: migrations are applied by `lienthong migrate` (or Persistence:MigrateOnStart=true).");
            return;
        }
        await MigrateAsync(cancellationToken);
        if (await registry.SeedIfEmptyAsync(cancellationToken))
        {
            await audit.RecordAsync("system", "platform.seeded", AuditOutcome.Success, "registry", Environment.MachineName,
                cancellationToken: cancellationToken);
            logger.LogInformation("Seeded the reference province.");
        }
        await SeedIdentityAsync(cancellationToken);
    }

    /// <summary>Roles and the platform client always; demo accounts everywhere but Production.</summary>
    public Task SeedIdentityAsync(CancellationToken cancellationToken) =>
        identity.SeedAsync(includeDemoAccounts: !environment.IsProduction(), cancellationToken);

    /// <summary>Migrations not yet applied, as <c>module:migration</c>.</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken)
    {
        var pending = new List<string>();
        foreach (var database in databases)
        {
            var db = database.Resolve(services);
            pending.AddRange((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Select(m => $"{database.Module}:{m}"));
        }
        return pending;
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var applied = new List<string>();
        foreach (var database in databases)
        {
            var db = database.Resolve(services);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            applied.AddRange(pending.Select(m => $"{database.Module}:{m}"));
        }
        return applied;
    }
}
