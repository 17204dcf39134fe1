using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LienThong.BuildingBlocks.Persistence;

/// <summary>
/// Used only by <c>dotnet ef migrations add</c>: builds a provider-specific context with a
/// placeholder connection (no database is touched when generating migrations).
/// </summary>
public abstract class DesignTimeFactory<TContext>(DatabaseProvider provider, string module) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var history = new ModuleDatabase(module, typeof(TContext)).MigrationsHistoryTable;
        var builder = new DbContextOptionsBuilder<TContext>();
        if (provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite("Data Source=design-time.db", b => b.MigrationsHistoryTable(history));
        }
        else
        {
            builder.UseNpgsql("Host=localhost;Database=design_time", b => b.MigrationsHistoryTable(history));
        }
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }
}
