using LienThong.AgencySystems.Land;
using LienThong.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.AgencySystems.Persistence;

/// <summary>The land register's own tables (prefix <c>land_</c>).</summary>
internal class LandDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "land";

    public DbSet<Parcel> Parcels => Set<Parcel>();

    public DbSet<ParcelTransfer> Transfers => Set<ParcelTransfer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Parcel>(e =>
        {
            e.ToTable("parcels");
            e.HasKey(x => x.Id);
            e.Property(x => x.UnitCode).HasMaxLength(5);
            e.Property(x => x.AddressDetail).HasMaxLength(200);
            e.Property(x => x.Area).HasPrecision(12, 1);
            e.Property(x => x.Purpose).HasMaxLength(100);
            e.Property(x => x.Term).HasMaxLength(30);
            e.Property(x => x.OwnerId).HasMaxLength(12);
            e.Property(x => x.OwnerName).HasMaxLength(100);
            e.Property(x => x.CertificateNumber).HasMaxLength(20);
            e.HasIndex(x => new { x.UnitCode, x.MapSheet, x.Number }).IsUnique();
            e.HasIndex(x => x.OwnerId);
        });
        modelBuilder.Entity<ParcelTransfer>(e =>
        {
            e.ToTable("transfers");
            e.HasKey(x => x.MessageId);
            e.Property(x => x.MessageId).HasMaxLength(36);
            e.Property(x => x.FromOwnerId).HasMaxLength(12);
            e.Property(x => x.ToOwnerId).HasMaxLength(12);
            e.Property(x => x.ToOwnerName).HasMaxLength(100);
            e.Property(x => x.Case).HasMaxLength(60);
            e.Property(x => x.NewCertificateNumber).HasMaxLength(20);
        });
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqliteLandDbContext(DbContextOptions<SqliteLandDbContext> options) : LandDbContext(options);

internal sealed class PostgresLandDbContext(DbContextOptions<PostgresLandDbContext> options) : LandDbContext(options);

internal sealed class SqliteLandDesignTimeFactory() : DesignTimeFactory<SqliteLandDbContext>(DatabaseProvider.Sqlite, LandDbContext.Module);

internal sealed class PostgresLandDesignTimeFactory() : DesignTimeFactory<PostgresLandDbContext>(DatabaseProvider.Postgres, LandDbContext.Module);
