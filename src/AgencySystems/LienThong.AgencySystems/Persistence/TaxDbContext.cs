using LienThong.AgencySystems.Tax;
using LienThong.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.AgencySystems.Persistence;

/// <summary>The tax system's own tables (prefix <c>tax_</c>).</summary>
internal class TaxDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "tax";

    public DbSet<TaxNotice> Notices => Set<TaxNotice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TaxNotice>(e =>
        {
            e.ToTable("notices");
            e.HasKey(x => x.Number);
            e.Property(x => x.Number).HasMaxLength(30);
            e.Property(x => x.MessageId).HasMaxLength(36);
            e.Property(x => x.DossierCode).HasMaxLength(60);
            e.Property(x => x.Relationship).HasMaxLength(100);
            e.Property(x => x.Review).HasMaxLength(1000);
            e.Property(x => x.SlipNumber).HasMaxLength(40);
            e.Property(x => x.TaxpayerId).HasMaxLength(14);
            e.Property(x => x.TaxpayerName).HasMaxLength(100);
            e.Property(x => x.Parcel).HasMaxLength(30);
            e.Property(x => x.Status).HasMaxLength(10);
            e.Property(x => x.PaymentReference).HasMaxLength(60);
            e.HasIndex(x => x.MessageId).IsUnique();
            e.HasIndex(x => x.DossierCode);
        });
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqliteTaxDbContext(DbContextOptions<SqliteTaxDbContext> options) : TaxDbContext(options);

internal sealed class PostgresTaxDbContext(DbContextOptions<PostgresTaxDbContext> options) : TaxDbContext(options);

internal sealed class SqliteTaxDesignTimeFactory() : DesignTimeFactory<SqliteTaxDbContext>(DatabaseProvider.Sqlite, TaxDbContext.Module);

internal sealed class PostgresTaxDesignTimeFactory() : DesignTimeFactory<PostgresTaxDbContext>(DatabaseProvider.Postgres, TaxDbContext.Module);
