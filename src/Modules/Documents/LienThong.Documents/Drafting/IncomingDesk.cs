using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Time;
using LienThong.Documents.Domain;
using LienThong.Documents.EdXml;
using LienThong.Documents.Numbering;
using LienThong.Documents.Persistence;
using LienThong.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Documents.Drafting;

/// <summary>
/// Receiving documents (Decree 30/2020/NĐ-CP Art. 21–22): a package is checked (edXML rules), must be addressed to the
/// agency, and must not duplicate one received already (same DocumentId, or same number, notation, issuer and date — the
/// alert Appendix VI asks for); it arrives with status <c>01</c>; the clerk registers it with the next number of the
/// agency's incoming series for the year (status <c>03</c>). Nothing is half-registered: a refusal stores nothing.
/// </summary>
internal sealed class IncomingDesk(DocumentsDbContext db, DocumentNumbering numbering, IRegistryDirectory registry, TimeProvider time)
{
    public const string IncomingSeries = "den";

    public static readonly ProblemType Refused = new("documents/package-refused", 400, "Gói tin văn bản không được tiếp nhận",
        "The edXML package is malformed, unsafe, not addressed to this agency, or a duplicate; `errors` says why.");

    public async Task<IncomingDocument> ReceiveAsync(byte[] package, string agency, CancellationToken cancellationToken)
    {
        var read = EdXmlReader.Read(new MemoryStream(package));
        if (!read.Valid)
        {
            throw new ProblemException(Refused, "Gói tin không hợp lệ: " + string.Join(" ", read.Errors),
                new Dictionary<string, string[]> { ["package"] = [.. read.Errors] });
        }
        var d = read.Document!;
        var today = VietnamTime.Today(time);
        var receiver = await registry.InForceAsync(agency, today, cancellationToken)
            ?? throw new ProblemException(Refused, $"Không có cơ quan {agency} đang hoạt động.");
        var addressed = false;
        foreach (var to in d.To)
        {
            addressed |= to.OrganId == receiver.ElectronicId || (await registry.InForceAsync(to.OrganId, today, cancellationToken))?.ElectronicId == receiver.ElectronicId;
        }
        if (!addressed)
        {
            throw new ProblemException(Refused, $"Gói tin không gửi tới {receiver.Name} ({receiver.ElectronicId}).");
        }
        var duplicate = await db.Incoming.AsNoTracking().AnyAsync(i => i.Agency == receiver.ElectronicId && (i.DocumentId == d.DocumentId
            || (i.FromOrganId == d.From.OrganId && i.CodeNumber == d.CodeNumber && i.CodeNotation == d.CodeNotation && i.PromulgationDate == d.PromulgationDate)),
            cancellationToken);
        if (duplicate)
        {
            throw new ProblemException(Refused, $"Văn bản {d.CodeNumber}/{d.CodeNotation} của {d.From.OrganId} đã được tiếp nhận (trùng văn bản).");
        }
        var incoming = new IncomingDocument
        {
            Id = Guid.CreateVersion7(), Agency = receiver.ElectronicId, DocumentId = d.DocumentId, FromOrganId = d.From.OrganId,
            FromName = d.From.OrganName ?? "", CodeNumber = d.CodeNumber, CodeNotation = d.CodeNotation, PromulgationDate = d.PromulgationDate,
            TypeName = d.TypeName, Subject = d.Subject.Length > 500 ? d.Subject[..500] : d.Subject, SignerPosition = Cut(d.Signer?.Position, 100),
            SignerName = Cut(d.Signer?.FullName, 50), Priority = d.Priority, DueDate = d.DueDate, ArrivedAt = time.GetUtcNow(), Status = "01",
            Package = package,
        };
        db.Incoming.Add(incoming);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same document arriving twice at once: the unique index keeps one.
            db.ChangeTracker.Clear();
            throw new ProblemException(Refused, $"Văn bản {d.CodeNumber}/{d.CodeNotation} của {d.From.OrganId} đã được tiếp nhận (trùng văn bản).");
        }
        return incoming;
    }

    /// <summary>The clerk registers an arrived document: the next incoming number of the year, the arrival date, status 03.</summary>
    public async Task<IncomingDocument> RegisterAsync(Clerk clerk, Guid id, CancellationToken cancellationToken)
    {
        if (!clerk.Is("clerk"))
        {
            throw new ProblemException(DocumentDesk.NotYours, "Văn thư vào sổ văn bản đến.");
        }
        var today = VietnamTime.Today(time);
        var agency = clerk.Agency is null ? null : (await registry.InForceAsync(clerk.Agency, today, cancellationToken))?.ElectronicId;
        var incoming = await db.Incoming.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (incoming is null || incoming.Agency != agency)
        {
            throw new ProblemException(DocumentDesk.NotFound, "Không có văn bản đến này ở cơ quan của bạn.");
        }
        if (incoming.Status != "01")
        {
            throw new ProblemException(DocumentDesk.WrongState, "Văn bản đã được vào sổ.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await numbering.NextAsync(incoming.Agency, today.Year, IncomingSeries, cancellationToken);
        (incoming.ArrivalNumber, incoming.ArrivalYear, incoming.ArrivalDate, incoming.Status) = (number, today.Year, today, "03");
        incoming.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return incoming;
    }

    public async Task<List<IncomingDocument>> RegisterOfAsync(Clerk clerk, int year, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var agency = clerk.Agency is null ? null : (await registry.InForceAsync(clerk.Agency, today, cancellationToken))?.ElectronicId;
        return await db.Incoming.AsNoTracking().Where(i => i.Agency == agency && (i.ArrivalYear == year || i.ArrivalYear == null))
            .OrderBy(i => i.ArrivalNumber == null).ThenBy(i => i.ArrivalNumber).Take(2000).ToListAsync(cancellationToken);
    }

    private static string? Cut(string? value, int max) => value is null ? null : value.Length > max ? value[..max] : value;
}
