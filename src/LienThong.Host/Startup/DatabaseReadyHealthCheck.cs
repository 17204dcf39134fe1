using LienThong.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LienThong.Host.Startup;

/// <summary>Ready = the database answers and every module's migrations are applied.</summary>
internal sealed class DatabaseReadyHealthCheck(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pending = new List<string>();
        foreach (var database in databases)
        {
            var db = database.Resolve(scope.ServiceProvider);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy($"Database unreachable for module {database.Module}.");
            }
            pending.AddRange((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Select(m => $"{database.Module}:{m}"));
        }
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Pending migrations (run `lienthong migrate`): " + string.Join(", ", pending));
    }
}
