using LienThong.AgencySystems.Business;
using LienThong.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.AgencySystems.Persistence;

/// <summary>The business register's own tables (prefix <c>business_</c>).</summary>
internal class BusinessDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "business";

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Enterprise>(e =>
        {
            e.ToTable("enterprises");
            e.HasKey(x => x.TaxCode);
            e.Property(x => x.TaxCode).HasMaxLength(14);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Type).HasMaxLength(60);
            e.Property(x => x.UnitCode).HasMaxLength(5);
            e.Property(x => x.AddressDetail).HasMaxLength(200);
            e.Property(x => x.RepresentativeId).HasMaxLength(12);
            e.Property(x => x.RepresentativeName).HasMaxLength(100);
            e.Property(x => x.MainActivity).HasMaxLength(200);
            e.Property(x => x.Status).HasMaxLength(12);
        });
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqliteBusinessDbContext(DbContextOptions<SqliteBusinessDbContext> options) : BusinessDbContext(options);

internal sealed class PostgresBusinessDbContext(DbContextOptions<PostgresBusinessDbContext> options) : BusinessDbContext(options);

internal sealed class SqliteBusinessDesignTimeFactory() : DesignTimeFactory<SqliteBusinessDbContext>(DatabaseProvider.Sqlite, BusinessDbContext.Module);

internal sealed class PostgresBusinessDesignTimeFactory() : DesignTimeFactory<PostgresBusinessDbContext>(DatabaseProvider.Postgres, BusinessDbContext.Module);
