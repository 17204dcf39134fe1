using LienThong.BuildingBlocks.Persistence;
using LienThong.Trust.Pki;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Trust.Persistence;

internal class TrustDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "trust";

    public DbSet<IssuedCertificate> Certificates => Set<IssuedCertificate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IssuedCertificate>(e =>
        {
            e.ToTable("certificates");
            e.HasKey(x => x.Id);
            e.Property(x => x.SerialNumber).HasMaxLength(64);
            e.Property(x => x.Profile).HasMaxLength(20);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.IssuerSerialNumber).HasMaxLength(64);
            e.Property(x => x.AgencyElectronicId).HasMaxLength(13);
            e.Property(x => x.OfficialUserName).HasMaxLength(100);
            e.Property(x => x.KeyId).HasMaxLength(100);
            e.Property(x => x.RevocationReason).HasMaxLength(40);
            e.HasIndex(x => x.SerialNumber).IsUnique();
            e.HasIndex(x => x.AgencyElectronicId);
        });
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqliteTrustDbContext(DbContextOptions<SqliteTrustDbContext> options) : TrustDbContext(options);

internal sealed class PostgresTrustDbContext(DbContextOptions<PostgresTrustDbContext> options) : TrustDbContext(options);

internal sealed class SqliteTrustDesignTimeFactory() : DesignTimeFactory<SqliteTrustDbContext>(DatabaseProvider.Sqlite, TrustDbContext.Module);

internal sealed class PostgresTrustDesignTimeFactory() : DesignTimeFactory<PostgresTrustDbContext>(DatabaseProvider.Postgres, TrustDbContext.Module);
