using LienThong.BuildingBlocks.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.BuildingBlocks.Auditing;

public static class AuditingServiceCollectionExtensions
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services)
    {
        services.AddModuleDbContext<AuditDbContext, SqliteAuditDbContext, PostgresAuditDbContext>(AuditDbContext.Module);
        services.AddScoped<IAuditLog, AuditLog>();
        return services;
    }
}
