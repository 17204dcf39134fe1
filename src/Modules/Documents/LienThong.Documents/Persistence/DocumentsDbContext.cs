using LienThong.BuildingBlocks.Persistence;
using LienThong.Documents.Domain;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Documents.Persistence;

internal class DocumentsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "documents";

    public DbSet<NumberSeries> NumberSeries => Set<NumberSeries>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NumberSeries>(e =>
        {
            e.ToTable("number_series");
            e.HasKey(x => new { x.Agency, x.Year, x.Series });
            e.Property(x => x.Agency).HasMaxLength(20);
            e.Property(x => x.Series).HasMaxLength(30);
        });
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqliteDocumentsDbContext(DbContextOptions<SqliteDocumentsDbContext> options) : DocumentsDbContext(options);

internal sealed class PostgresDocumentsDbContext(DbContextOptions<PostgresDocumentsDbContext> options) : DocumentsDbContext(options);

internal sealed class SqliteDocumentsDesignTimeFactory() : DesignTimeFactory<SqliteDocumentsDbContext>(DatabaseProvider.Sqlite, DocumentsDbContext.Module);

internal sealed class PostgresDocumentsDesignTimeFactory() : DesignTimeFactory<PostgresDocumentsDbContext>(DatabaseProvider.Postgres, DocumentsDbContext.Module);
