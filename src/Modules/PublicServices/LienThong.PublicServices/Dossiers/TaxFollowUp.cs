using LienThong.PublicServices.Domain;
using LienThong.PublicServices.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LienThong.PublicServices.Dossiers;

/// <summary>
/// The land office's follow-up of dossiers waiting for the tax authority: every <c>PublicServices:TaxFollowUpSeconds</c>
/// (30 by default) it asks the tax system, through the gateway, about notices held for review and moves on those issued,
/// and sends again the slips that did not get through (same message id: the tax system answers with the same notice).
/// </summary>
internal sealed class TaxFollowUp(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<TaxFollowUp> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("PublicServices:TaxFollowUpSeconds", 30), 1, 3600));
        using var timer = new PeriodicTimer(period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Tax follow-up failed; retried at the next tick.");
            }
        }
    }

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublicServicesDbContext>();
        var waiting = await db.Dossiers.AsNoTracking().Where(d => d.Status == DossierStatus.AwaitingTax).OrderBy(d => d.UpdatedAt)
            .Select(d => d.Id).Take(100).ToListAsync(cancellationToken);
        var workflow = scope.ServiceProvider.GetRequiredService<DossierWorkflow>();
        var moved = 0;
        foreach (var id in waiting)
        {
            // One dossier's failure must not leave its changes in the context for the next one.
            db.ChangeTracker.Clear();
            try
            {
                var dossier = await db.Dossiers.SingleAsync(d => d.Id == id, cancellationToken);
                moved += await workflow.FollowUpTaxAsync(dossier, cancellationToken) ? 1 : 0;
            }
            catch (Exception e) when (e is DossierProblemException or HttpRequestException or DbUpdateException)
            {
                logger.LogWarning("Tax follow-up of dossier {Dossier}: {Problem}", id, e.Message);
            }
        }
        return moved;
    }
}
