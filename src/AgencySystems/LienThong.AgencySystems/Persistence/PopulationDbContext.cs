using LienThong.AgencySystems.Population;
using LienThong.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.AgencySystems.Persistence;

/// <summary>The population register's own tables (prefix <c>population_</c>): it shares nothing with the platform but the database server.</summary>
internal class PopulationDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "population";

    public DbSet<Person> People => Set<Person>();

    public DbSet<ReceivedNotification> Notifications => Set<ReceivedNotification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Person>(e =>
        {
            e.ToTable("people");
            e.HasKey(x => x.PersonalIdNumber);
            e.Property(x => x.PersonalIdNumber).HasMaxLength(12);
            e.Property(x => x.FullName).HasMaxLength(100);
            e.Property(x => x.Sex).HasMaxLength(6);
            e.Property(x => x.UnitCode).HasMaxLength(5);
            e.Property(x => x.AddressDetail).HasMaxLength(200);
            e.Property(x => x.HouseholdId).HasMaxLength(20);
            e.Property(x => x.Relation).HasMaxLength(20);
            e.HasIndex(x => x.HouseholdId);
        });
        modelBuilder.Entity<ReceivedNotification>(e =>
        {
            e.ToTable("notifications");
            e.HasKey(x => x.MessageId);
            e.Property(x => x.MessageId).HasMaxLength(36);
            e.Property(x => x.Consumer).HasMaxLength(200);
            e.Property(x => x.Purpose).HasMaxLength(30);
            e.Property(x => x.Case).HasMaxLength(60);
        });
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqlitePopulationDbContext(DbContextOptions<SqlitePopulationDbContext> options) : PopulationDbContext(options);

internal sealed class PostgresPopulationDbContext(DbContextOptions<PostgresPopulationDbContext> options) : PopulationDbContext(options);

internal sealed class SqlitePopulationDesignTimeFactory() : DesignTimeFactory<SqlitePopulationDbContext>(DatabaseProvider.Sqlite, PopulationDbContext.Module);

internal sealed class PostgresPopulationDesignTimeFactory() : DesignTimeFactory<PostgresPopulationDbContext>(DatabaseProvider.Postgres, PopulationDbContext.Module);
