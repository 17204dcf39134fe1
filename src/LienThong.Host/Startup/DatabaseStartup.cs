using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Persistence;
using LienThong.Identity;
using LienThong.Registry;
using LienThong.Trust;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LienThong.Host.Startup;

/// <summary>Migrates every module's schema and loads the reference data.</summary>
internal sealed class DatabaseStartup(
    IServiceProvider services, IEnumerable<ModuleDatabase> databases, DatabaseConnection connection,
    IOptions<PersistenceOptions> options, IRegistryAdministration registry, IIdentityAdministration identity,
    IHostEnvironment environment, ITrustAdministration trust, LienThong.Exchange.IExchangeAdministration exchange, IAuditLog audit,
    ILogger<DatabaseStartup> logger)
{
    /// <summary>
    /// SQLite migrates on first start; PostgreSQL only with Persistence:MigrateOnStart (otherwise
    /// `lienthong migrate` first). Once the schema is current, the reference data, roles, platform
    /// client and certificate authorities are made if missing (each step is idempotent).
    /// </summary>
    public async Task PrepareForServingAsync(CancellationToken cancellationToken)
    {
        if (connection.Provider == DatabaseProvider.Sqlite || options.Value.MigrateOnStart)
        {
            await MigrateAsync(cancellationToken);
        }
        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging (kept in the file once set): readers do not wait for the writer, and a commit costs one
            // sync of the log instead of several of the database — what lets the gateway's message log keep up.
            await databases.First().Resolve(services).Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else if ((await PendingMigrationsAsync(cancellationToken)).Count > 0)
        {
            logger.LogWarning("PostgreSQL schema is not current: run `lienthong migrate` (or set Persistence:MigrateOnStart=true).");
            return;
        }
        if (await registry.SeedIfEmptyAsync(cancellationToken))
        {
            await audit.RecordAsync("system", "platform.seeded", AuditOutcome.Success, "registry", Environment.MachineName,
                cancellationToken: cancellationToken);
            logger.LogInformation("Seeded the reference province.");
        }
        await SeedIdentityAsync(cancellationToken);
        await trust.EnsureCertificateAuthoritiesAsync(cancellationToken);
        await exchange.SeedAsync(cancellationToken);
        // The reference member systems: their people (first start) and their services and access rights on the exchange.
        await LienThong.AgencySystems.AgencySystemsModule.SeedAsync(services, cancellationToken);
        await LienThong.PublicServices.PublicServicesModule.SeedAsync(services, includeDemo: !environment.IsProduction(), cancellationToken);
        await LienThong.Indicators.IndicatorsModule.SeedAsync(services, cancellationToken);
        // The document system answers on this host, like the reference member systems.
        await LienThong.Documents.DocumentsModule.SeedAsync(services,
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LienThong.AgencySystems.AgencySystemsOptions>>().Value.BaseUrl, cancellationToken);
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
