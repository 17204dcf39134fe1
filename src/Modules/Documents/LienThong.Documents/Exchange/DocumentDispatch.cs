using System.Text.Json;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Time;
using LienThong.Documents.Domain;
using LienThong.Documents.Drafting;
using LienThong.Documents.EdXml;
using LienThong.Documents.Persistence;
using LienThong.Registry.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LienThong.Documents.Exchange;

/// <summary>A status in a document's or a delivery's history.</summary>
/// <param name="MessageId">The exchange message that carried it (a redelivery is recognised by it).</param>
public sealed record StatusNote(string Code, string Name, DateTimeOffset At, string? Description, string? Staff, string? MessageId = null);

/// <summary>
/// The sender's side of electronic sending (Decree 30/2020/NĐ-CP Art. 18; QCVN 102:2016): the clerk sends an issued document
/// to each receiving agency on the platform — one sealed edXML package, one delivery per agency, never two — and may ask for
/// it back (status 13); the receivers' statuses arrive as edXML status messages and show on the document.
/// </summary>
internal sealed class DocumentDispatch(DocumentsDbContext db, DocumentDesk desk, DocumentPackages packages, DocumentExchange exchange,
    IRegistryDirectory registry, DocumentEvents events, TimeProvider time)
{
    public static readonly ProblemType StatusRefused = new("documents/status-refused", 422, "Thông điệp trạng thái không được tiếp nhận",
        "The edXML status message is malformed or refers to no document of this agency.");

    /// <summary>The clerk sends the issued document to every receiving agency it has not been sent to yet.</summary>
    public async Task<List<DocumentDelivery>> SendAsync(Clerk clerk, Guid id, CancellationToken cancellationToken)
    {
        if (!clerk.Is("clerk"))
        {
            throw new ProblemException(DocumentDesk.NotYours, "Văn thư gửi văn bản đã phát hành.");
        }
        var document = await desk.OfAgencyAsync(clerk, id, cancellationToken);
        if (document.Status != DocumentStatus.Issued)
        {
            throw new ProblemException(DocumentDesk.WrongState, "Chỉ gửi văn bản đã phát hành (đã ký số và đóng dấu).");
        }
        var sent = await db.Deliveries.AsNoTracking().Where(d => d.DocumentId == id).Select(d => d.Recipient).ToListAsync(cancellationToken);
        var recipients = DocumentDesk.Read(document.ToAgencies).Except(sent).ToList();
        if (recipients.Count == 0)
        {
            throw new ProblemException(DocumentDesk.WrongState, sent.Count > 0
                ? "Văn bản đã được gửi tới mọi cơ quan nhận."
                : "Văn bản chưa có cơ quan nhận (mã định danh) để gửi liên thông.");
        }
        var package = await packages.SealedAsync(id.ToString(), cancellationToken);
        var today = VietnamTime.Today(time);
        var deliveries = new List<DocumentDelivery>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var recipient in recipients)
        {
            var messageId = await exchange.SendPackageAsync(transaction.GetDbTransaction(), recipient, package, clerk.UserName, cancellationToken);
            deliveries.Add(new DocumentDelivery
            {
                Id = Guid.CreateVersion7(), DocumentId = id, Agency = document.Agency, Recipient = recipient, MessageId = messageId,
                RecipientName = (await registry.InForceAsync(recipient, today, cancellationToken))?.Name ?? recipient, SentAt = time.GetUtcNow(),
            });
        }
        db.Deliveries.AddRange(deliveries);
        foreach (var delivery in deliveries)
        {
            await events.RecordAsync(Contracts.DocumentEventKinds.SentElectronically, document.Agency, Subject(document).DocumentId, delivery.Recipient,
                "platform", cancellationToken: cancellationToken);
        }
        desk.Note(document, clerk.UserName, "send", string.Join(", ", deliveries.Select(d => d.RecipientName)));
        document.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Sent at the same moment by someone else: the unique index keeps one copy per agency; the messages roll back too.
            db.ChangeTracker.Clear();
            throw new ProblemException(DocumentDesk.WrongState, "Văn bản vừa được gửi; tải lại để xem trạng thái.");
        }
        await transaction.CommitAsync(cancellationToken);
        return deliveries;
    }

    /// <summary>The sender asks every receiver that still holds the document to give it back (status 13, with the reason).</summary>
    public async Task<List<DocumentDelivery>> RecallAsync(Clerk clerk, Guid id, string? reason, CancellationToken cancellationToken)
    {
        if (!clerk.Is("clerk") && !clerk.Is("leader"))
        {
            throw new ProblemException(DocumentDesk.NotYours, "Văn thư hoặc lãnh đạo yêu cầu lấy lại văn bản đã gửi.");
        }
        var document = await desk.OfAgencyAsync(clerk, id, cancellationToken);
        var why = IncomingDesk.Reason(reason);
        // A receiver's status may land on a delivery meanwhile (optimistic concurrency): then the whole recall is redone.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecallOnceAsync(clerk, document.Id, why, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<List<DocumentDelivery>> RecallOnceAsync(Clerk clerk, Guid id, string why, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = await db.Documents.SingleAsync(d => d.Id == id, cancellationToken);
        var deliveries = await db.Deliveries.Where(d => d.DocumentId == id && d.Status != EdXmlStatusCodes.Returned
            && d.Status != EdXmlStatusCodes.RecallAccepted && d.Status != EdXmlStatusCodes.RecallRequested).ToListAsync(cancellationToken);
        if (deliveries.Count == 0)
        {
            throw new ProblemException(DocumentDesk.WrongState, "Không có nơi nhận nào đang giữ văn bản để lấy lại.");
        }
        var now = time.GetUtcNow();
        foreach (var delivery in deliveries)
        {
            var status = new EdXmlStatus(Subject(document), new EdXmlOrganization(document.Agency, document.AgencyName), EdXmlStatusCodes.RecallRequested,
                why, VietnamTime.ToVietnam(now).DateTime, Staff: clerk.UserName);
            var messageId = await exchange.SendStatusAsync(transaction.GetDbTransaction(), delivery.Recipient, status, clerk.UserName, cancellationToken);
            Record(delivery, new StatusNote(EdXmlStatusCodes.RecallRequested, EdXmlStatusCodes.NameOf(EdXmlStatusCodes.RecallRequested), now, why,
                clerk.UserName, messageId));
        }
        desk.Note(document, clerk.UserName, "recall", why);
        document.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deliveries;
    }

    /// <summary>The deliveries of several documents (a register page), by document.</summary>
    public async Task<ILookup<Guid, DocumentDelivery>> DeliveriesOfAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Deliveries.AsNoTracking().Where(d => ids.Contains(d.DocumentId)).OrderBy(d => d.RecipientName).ToListAsync(cancellationToken))
            .ToLookup(d => d.DocumentId);

    public Task<List<DocumentDelivery>> DeliveriesOfAsync(Guid id, CancellationToken cancellationToken) =>
        db.Deliveries.AsNoTracking().Where(d => d.DocumentId == id).OrderBy(d => d.RecipientName).ToListAsync(cancellationToken);

    /// <summary>
    /// A status message delivered through the gateway to <paramref name="agency"/>: a receiver's status about a document the
    /// agency sent, or (13) the sender's recall request about one it received. A redelivery changes nothing.
    /// </summary>
    public async Task ApplyStatusAsync(string agency, byte[] message, string messageId, CancellationToken cancellationToken)
    {
        var (status, errors) = EdXmlStatusMessages.Read(new MemoryStream(message));
        if (status is null)
        {
            throw new ProblemException(StatusRefused, string.Join(" ", errors));
        }
        var at = new DateTimeOffset(DateTime.SpecifyKind(status.Timestamp, DateTimeKind.Unspecified), TimeSpan.FromHours(7)).ToUniversalTime();
        var note = new StatusNote(status.StatusCode, EdXmlStatusCodes.NameOf(status.StatusCode), at, status.Description, status.Staff, messageId);
        if (status.StatusCode == EdXmlStatusCodes.RecallRequested)
        {
            // Addressed to the agency as the sender knew it: its copy is kept by the agency in force (ADR 0004).
            var holder = (await registry.InForceAsync(agency, VietnamTime.Today(time), cancellationToken))?.ElectronicId ?? agency;
            var incoming = await db.Incoming.SingleOrDefaultAsync(i => (i.Agency == holder || i.Agency == agency)
                && i.DocumentId == status.ResponseFor.DocumentId && i.FromOrganId == status.From.OrganId, cancellationToken)
                ?? throw new ProblemException(StatusRefused, $"Cơ quan {agency} không có văn bản đến {status.ResponseFor.DocumentId} của {status.From.OrganId}.");
            if (!IncomingDesk.Has(incoming.History, messageId))
            {
                incoming.RecallReason = status.Description;
                incoming.History = Append(incoming.History, note);
                incoming.Revision++;
                await db.SaveChangesAsync(cancellationToken);
            }
            return;
        }
        var document = await DocumentDesk.ByDocumentIdAsync(db.Documents.Where(d => d.Agency == agency), status.ResponseFor.DocumentId, cancellationToken)
            ?? throw new ProblemException(StatusRefused, $"Cơ quan {agency} không có văn bản đi {status.ResponseFor.DocumentId}.");
        var deliveries = await db.Deliveries.Where(d => d.DocumentId == document.Id).ToListAsync(cancellationToken);
        var delivery = deliveries.FirstOrDefault(d => d.Recipient == status.From.OrganId);
        if (delivery is null)
        {
            // The receiver may be the successor of the agency the document was addressed to (ADR 0004).
            var today = VietnamTime.Today(time);
            foreach (var candidate in deliveries)
            {
                if ((await registry.InForceAsync(candidate.Recipient, today, cancellationToken))?.ElectronicId == status.From.OrganId)
                {
                    delivery = candidate;
                }
            }
        }
        if (delivery is null)
        {
            throw new ProblemException(StatusRefused, $"Văn bản {status.ResponseFor.Code} không gửi tới {status.From.OrganId}.");
        }
        if (!IncomingDesk.Has(delivery.History, messageId))
        {
            Record(delivery, note);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The edXML subject of an issued document: issuer, number/notation, date, DocumentId.</summary>
    public static EdXmlStatusSubject Subject(OfficialDocument d)
    {
        var number = Numbering.Notation.Number(d.Number!.Value);
        return new EdXmlStatusSubject(d.Agency, $"{number}/{d.Notation}", d.IssuedOn!.Value, EdXmlDocument.IdOf(d.Agency, d.IssuedOn.Value, number, d.Notation!));
    }

    /// <summary>
    /// Adds a status to a delivery. Messages may arrive out of order and their times have whole seconds: the history is kept
    /// in the order of the statuses' times, then of the lifecycle (01 … 06, 13, 15, 16), and the last is the current one.
    /// </summary>
    private static void Record(DocumentDelivery delivery, StatusNote note)
    {
        var notes = Notes(delivery.History);
        notes.Add(note);
        notes = [.. notes.OrderBy(n => n.At.AddTicks(-(n.At.Ticks % TimeSpan.TicksPerSecond))).ThenBy(n => Array.IndexOf(Lifecycle, n.Code))];
        delivery.History = JsonSerializer.Serialize(notes, JsonSerializerOptions.Web);
        (delivery.Status, delivery.StatusAt) = (notes[^1].Code, notes[^1].At);
        delivery.Revision++;
    }

    private static readonly string[] Lifecycle = ["01", "02", "03", "04", "05", "06", "13", "15", "16"];

    internal static string Append(string history, StatusNote note)
    {
        var notes = Notes(history);
        notes.Add(note);
        return JsonSerializer.Serialize(notes, JsonSerializerOptions.Web);
    }

    internal static List<StatusNote> Notes(string history) => JsonSerializer.Deserialize<List<StatusNote>>(history, JsonSerializerOptions.Web) ?? [];
}
