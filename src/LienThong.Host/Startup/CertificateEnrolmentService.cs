using LienThong.Trust;
using Microsoft.Extensions.Options;

namespace LienThong.Host.Startup;

/// <summary>
/// After the database is prepared, issues the missing seal and signing certificates in the background
/// (<c>Trust:EnrolOnStart</c>), on all cores but one so that the server stays responsive meanwhile.
/// </summary>
internal sealed class CertificateEnrolmentService(IServiceScopeFactory scopes, IOptions<TrustOptions> options,
    ILogger<CertificateEnrolmentService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.EnrolOnStart)
        {
            return;
        }
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if ((await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().PendingMigrationsAsync(stoppingToken)).Count > 0)
            {
                return;
            }
            var started = TimeProvider.System.GetTimestamp();
            var (seals, officials) = await scope.ServiceProvider.GetRequiredService<ITrustAdministration>()
                .EnrolAsync(Math.Max(1, Environment.ProcessorCount - 1), stoppingToken);
            if (seals + officials > 0)
            {
                logger.LogInformation("Issued {Seals} seal and {Officials} personal certificates in {Elapsed}.", seals, officials,
                    TimeProvider.System.GetElapsedTime(started));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down mid-way: what was issued is saved; the next start issues the rest.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The platform serves without the missing certificates; `lienthong seed` retries in the foreground.
            logger.LogError(e, "Issuing the missing certificates failed.");
        }
    }
}
