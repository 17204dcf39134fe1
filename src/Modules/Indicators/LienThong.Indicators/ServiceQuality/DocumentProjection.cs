using LienThong.Documents.Contracts;
using LienThong.Indicators.Domain;
using LienThong.Indicators.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Indicators.ServiceQuality;

/// <summary>
/// Projects the document events into one <see cref="DocumentFact"/> per issued document (its agency, unit, day of issue and
/// first electronic sending), in batches with the feed position, as <see cref="DossierProjection"/> does for dossiers.
/// </summary>
internal sealed class DocumentProjection(IndicatorsDbContext db, TimeProvider time, FeedGaps gaps)
{
    public const string Feed = "documents/document-events";

    public async Task<int> CatchUpAsync(IDocumentEventFeed feed, int batch, CancellationToken cancellationToken, int batches = int.MaxValue)
    {
        var applied = 0;
        for (var read = 0; read < batches; read++)
        {
            var position = await Feeds.PositionAsync(db, Feed, cancellationToken);
            var events = gaps.Settled(Feed, await feed.ReadAsync(position, batch, cancellationToken), position, e => e.Sequence, time.GetUtcNow());
            if (events.Count == 0)
            {
                break;
            }
            var ids = events.Select(e => e.DocumentId).OfType<string>().Distinct().ToList();
            var facts = await db.DocumentFacts.Where(f => ids.Contains(f.DocumentId)).ToDictionaryAsync(f => f.DocumentId, cancellationToken);
            foreach (var e in events.Where(e => e.DocumentId is not null))
            {
                if (!facts.TryGetValue(e.DocumentId!, out var fact))
                {
                    if (e.Kind is not (DocumentEventKinds.Issued or DocumentEventKinds.SentElectronically))
                    {
                        continue; // a received copy: the sender's document, counted at the sender
                    }
                    db.DocumentFacts.Add(fact = facts[e.DocumentId!] = new DocumentFact { DocumentId = e.DocumentId!, Agency = e.Agency, UnitCode = e.Unit });
                }
                if (e.Kind == DocumentEventKinds.Issued)
                {
                    fact.IssuedOn ??= Feeds.Day(e.At);
                }
                else if (e.Kind == DocumentEventKinds.SentElectronically && e.Agency == fact.Agency)
                {
                    fact.SentOn ??= Feeds.Day(e.At);
                }
            }
            await Feeds.AdvanceAsync(db, Feed, events[^1].Sequence, time.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            applied += events.Count;
        }
        return applied;
    }
}
