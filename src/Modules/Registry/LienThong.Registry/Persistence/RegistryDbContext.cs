using LienThong.BuildingBlocks.Persistence;
using LienThong.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Registry.Persistence;

internal class RegistryDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "registry";

    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();

    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<AgencySuccession> AgencySuccessions => Set<AgencySuccession>();

    public DbSet<CalendarEntry> CalendarEntries => Set<CalendarEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqliteRegistryDbContext(DbContextOptions<SqliteRegistryDbContext> options) : RegistryDbContext(options);

internal sealed class PostgresRegistryDbContext(DbContextOptions<PostgresRegistryDbContext> options) : RegistryDbContext(options);

internal sealed class SqliteRegistryDesignTimeFactory() : DesignTimeFactory<SqliteRegistryDbContext>(DatabaseProvider.Sqlite, RegistryDbContext.Module);

internal sealed class PostgresRegistryDesignTimeFactory() : DesignTimeFactory<PostgresRegistryDbContext>(DatabaseProvider.Postgres, RegistryDbContext.Module);
