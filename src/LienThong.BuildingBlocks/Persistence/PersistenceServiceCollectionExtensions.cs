using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.BuildingBlocks.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext. Each provider has its own context subclass so that each keeps
    /// its own migration set (ADR 0002); callers only ever ask for <typeparamref name="TContext"/>.
    /// The provider is read from <see cref="DatabaseConnection"/> when the context is first resolved,
    /// so configuration added late (tests, command-line options) is honoured. Contexts are pooled: building the options
    /// and the context's services for every request cost more than the query of a typical request.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services, string module)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        var database = new ModuleDatabase(module, typeof(TContext));
        services.AddSingleton(database);
        services.AddDbContextPool<TSqlite>((sp, o) => o.UseSqlite(sp.GetRequiredService<DatabaseConnection>().ConnectionString,
            b => b.MigrationsHistoryTable(database.MigrationsHistoryTable)));
        services.AddDbContextPool<TPostgres>((sp, o) => o.UseNpgsql(sp.GetRequiredService<DatabaseConnection>().ConnectionString,
            b => b.MigrationsHistoryTable(database.MigrationsHistoryTable)));
        services.AddScoped<TContext>(sp => sp.GetRequiredService<DatabaseConnection>().Provider switch
        {
            DatabaseProvider.Postgres => sp.GetRequiredService<TPostgres>(),
            _ => sp.GetRequiredService<TSqlite>(),
        });
        return services;
    }
}
