using LienThong.PublicServices.Domain;
using LienThong.PublicServices.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LienThong.PublicServices.Dossiers;

/// <summary>
/// The land office's follow-up of information slips the tax system holds for review: every
/// <c>PublicServices:TaxFollowUpSeconds</c> (30 by default) it asks the tax system, through the gateway, about each dossier
/// waiting for the tax authority, and moves on those whose notice is issued.
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
        var waiting = await db.Dossiers.Where(d => d.Status == DossierStatus.AwaitingTax && d.TaxNotice != null).OrderBy(d => d.UpdatedAt).Take(100)
            .ToListAsync(cancellationToken);
        var workflow = scope.ServiceProvider.GetRequiredService<DossierWorkflow>();
        var moved = 0;
        foreach (var dossier in waiting)
        {
            try
            {
                moved += await workflow.FollowUpTaxAsync(dossier, cancellationToken) ? 1 : 0;
            }
            catch (DossierProblemException problem)
            {
                logger.LogWarning("Tax follow-up of {Dossier}: {Problem}", dossier.Code, problem.Message);
            }
        }
        return moved;
    }
}
