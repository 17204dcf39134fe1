using LienThong.Documents.Contracts;
using LienThong.PublicServices.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LienThong.Indicators.ServiceQuality;

/// <summary>
/// Catches the projections up before a figure is read (the indices are "real time"), a few batches of each feed at most; when
/// another reader is applying the same events at that moment, its work counts and this one's is dropped.
/// </summary>
internal sealed class Projections(DossierProjection dossiers, IDossierEventFeed dossierFeed, DocumentProjection documents,
    IDocumentEventFeed documentFeed, Persistence.IndicatorsDbContext db, ILogger<Projections> logger)
{
    public async Task RefreshAsync(CancellationToken cancellationToken, int batches = 4)
    {
        try
        {
            await dossiers.CatchUpAsync(dossierFeed, 5_000, cancellationToken, batches);
            await documents.CatchUpAsync(documentFeed, 5_000, cancellationToken, batches);
        }
        catch (DbUpdateException e)
        {
            // Another reader applied the batch first (the position is a concurrency token); anything else is logged and the
            // figures are read as they stand.
            db.ChangeTracker.Clear();
            if (e is not DbUpdateConcurrencyException)
            {
                logger.LogWarning(e, "Indicator projection failed while reading a figure; served from the last applied events.");
            }
        }
    }
}
