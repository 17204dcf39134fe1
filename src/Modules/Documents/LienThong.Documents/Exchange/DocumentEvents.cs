using LienThong.BuildingBlocks.Time;
using LienThong.Documents.Contracts;
using LienThong.Documents.Domain;
using LienThong.Documents.Persistence;
using LienThong.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Documents.Exchange;

/// <summary>Records document events in the unit of work (saved with the change they describe) and serves them to the indicators.</summary>
internal sealed class DocumentEvents(DocumentsDbContext db, IRegistryDirectory registry, TimeProvider time) : IDocumentEventFeed
{
    public async Task RecordAsync(string kind, string agency, string? documentId, string? counterpart = null, string? channel = null, bool? onTime = null,
        CancellationToken cancellationToken = default)
    {
        var unit = (await registry.InForceAsync(agency, VietnamTime.Today(time), cancellationToken))?.UnitCode;
        db.Events.Add(new DocumentEvent
        {
            Kind = kind, At = time.GetUtcNow(), Agency = agency, Unit = unit, DocumentId = documentId, Counterpart = counterpart, Channel = channel,
            OnTime = onTime,
        });
    }

    public async Task<IReadOnlyList<DocumentEventDto>> ReadAsync(long after, int max, CancellationToken cancellationToken = default)
    {
        var events = await db.Events.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id).Take(Math.Clamp(max, 1, 10_000)).ToListAsync(cancellationToken);
        return [.. events.Select(e => new DocumentEventDto(e.Id, e.Kind, e.At, e.Agency, e.Unit, e.DocumentId, e.Counterpart, e.Channel, e.OnTime))];
    }
}
