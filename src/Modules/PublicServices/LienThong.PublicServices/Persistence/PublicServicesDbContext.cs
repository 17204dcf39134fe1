using LienThong.BuildingBlocks.Persistence;
using LienThong.PublicServices.Domain;
using Microsoft.EntityFrameworkCore;

namespace LienThong.PublicServices.Persistence;

internal class PublicServicesDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "publicservices";

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<DossierCounter> DossierCounters => Set<DossierCounter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Procedure>(e =>
        {
            e.ToTable("procedures");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(30);
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.NameFolded).HasMaxLength(500);
            e.Property(x => x.Field).HasMaxLength(200);
            e.Property(x => x.Level).HasMaxLength(10);
            e.HasIndex(x => new { x.Code, x.ValidFrom }).IsUnique();
        });
        modelBuilder.Entity<DossierCounter>(e =>
        {
            e.ToTable("dossier_counters");
            e.HasKey(x => new { x.Agency, x.Day });
            e.Property(x => x.Agency).HasMaxLength(20);
        });
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqlitePublicServicesDbContext(DbContextOptions<SqlitePublicServicesDbContext> options) : PublicServicesDbContext(options);

internal sealed class PostgresPublicServicesDbContext(DbContextOptions<PostgresPublicServicesDbContext> options) : PublicServicesDbContext(options);

internal sealed class SqlitePublicServicesDesignTimeFactory()
    : DesignTimeFactory<SqlitePublicServicesDbContext>(DatabaseProvider.Sqlite, PublicServicesDbContext.Module);

internal sealed class PostgresPublicServicesDesignTimeFactory()
    : DesignTimeFactory<PostgresPublicServicesDbContext>(DatabaseProvider.Postgres, PublicServicesDbContext.Module);
