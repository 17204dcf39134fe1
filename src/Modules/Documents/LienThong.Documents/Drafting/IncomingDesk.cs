using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Time;
using LienThong.Documents.Domain;
using LienThong.Documents.EdXml;
using LienThong.Documents.Exchange;
using LienThong.Identity.Contracts;
using LienThong.Documents.Numbering;
using LienThong.Documents.Persistence;
using LienThong.Registry.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LienThong.Documents.Drafting;

/// <summary>
/// Receiving documents (Decree 30/2020/NĐ-CP Art. 21–22): a package is checked (edXML rules), must be addressed to the
/// agency, and must not duplicate one received already (same DocumentId, or same number, notation, issuer and date — the
/// alert Appendix VI asks for); it arrives with status <c>01</c>; the clerk registers it with the next number of the
/// agency's incoming series for the year (status <c>03</c>); it is assigned (04), processed (05) and completed (06), or
/// returned (02) with a reason; a recall asked by the sender (13) is accepted (15: the copy is withdrawn) or refused (16).
/// When the package came through the gateway, each status goes back to the sender as an edXML status message in the same
/// transaction as the change. Nothing is half-registered: a refusal stores nothing.
/// </summary>
internal sealed class IncomingDesk(DocumentsDbContext db, DocumentNumbering numbering, IRegistryDirectory registry, DocumentExchange exchange,
    IOfficialDirectory officials, DocumentEvents events, LienThong.Trust.Contracts.ISignatureVerifier verifier, TimeProvider time)
{
    public const string IncomingSeries = "den";

    public static readonly ProblemType Refused = new("documents/package-refused", 400, "Gói tin văn bản không được tiếp nhận",
        "The edXML package is malformed, unsafe, not addressed to this agency, or a duplicate; `errors` says why.");

    /// <summary>A package brought in by hand (an uploaded or imported file): checked and stored with status 01.</summary>
    public async Task<IncomingDocument> ReceiveAsync(byte[] package, string agency, CancellationToken cancellationToken)
    {
        var (incoming, document, _) = await AcceptAsync(await CheckAsync(package, cancellationToken), agency, null, cancellationToken);
        await SaveAsync(document, cancellationToken);
        return incoming;
    }

    /// <summary>
    /// A package delivered through the gateway: a redelivery of the same message returns the copy already kept; an accepted
    /// package sends 01 back to its sender in the same transaction; a refused one whose sender can be read sends 02 with the
    /// reasons (the delivery is acknowledged); a package nobody can be told about is refused (the gateway keeps retrying).
    /// </summary>
    public async Task<(IncomingDocument? Incoming, string? Refusal)> ReceiveDeliveredAsync(byte[] package, string agency, string messageId,
        CancellationToken cancellationToken)
    {
        var again = await db.Incoming.AsNoTracking().SingleOrDefaultAsync(i => i.MessageId == messageId, cancellationToken);
        if (again is not null)
        {
            return (again, null);
        }
        try
        {
            // The package and its signature are checked before the transaction: nothing is locked meanwhile.
            var check = await CheckAsync(package, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (incoming, document, signature) = await AcceptAsync(check, agency, messageId, cancellationToken);
            await ReportAsync(transaction, incoming, EdXmlStatusCodes.Arrived, signature, "system", cancellationToken);
            await SaveAsync(document, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (incoming, null);
        }
        catch (ProblemException refusal) when (refusal.Type == Refused)
        {
            db.ChangeTracker.Clear();
            // The same message delivered twice at once: the other request kept it; this is no duplicate of another document.
            if (await db.Incoming.AsNoTracking().SingleOrDefaultAsync(i => i.MessageId == messageId, cancellationToken) is { } kept)
            {
                return (kept, null);
            }
            if (EdXmlReader.Read(new MemoryStream(package)).Document is not { } document)
            {
                throw;
            }
            var receiver = await registry.InForceAsync(agency, VietnamTime.Today(time), cancellationToken);
            var status = new EdXmlStatus(new EdXmlStatusSubject(document.From.OrganId, $"{document.CodeNumber}/{document.CodeNotation}",
                    document.PromulgationDate, document.DocumentId), new EdXmlOrganization(receiver?.ElectronicId ?? agency, receiver?.Name),
                EdXmlStatusCodes.Returned, refusal.Message, VietnamTime.ToVietnam(time.GetUtcNow()).DateTime, Staff: "system");
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await exchange.SendStatusAsync(transaction.GetDbTransaction(), document.From.OrganId, status, "system", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (null, refusal.Message);
        }
    }

    /// <summary>A package read and its signature checked: the document, and what the signature says (for the arrival's history).</summary>
    private sealed record CheckedPackage(byte[] Package, EdXmlDocument Document, string Signature);

    /// <summary>
    /// Reads a package (edXML rules) and checks its signature, bound to the sender's seal: one that fails (changed after
    /// signing) refuses it; one that cannot be decided, or none, is noted.
    /// </summary>
    private async Task<CheckedPackage> CheckAsync(byte[] package, CancellationToken cancellationToken)
    {
        var read = EdXmlReader.Read(new MemoryStream(package));
        if (!read.Valid)
        {
            throw new ProblemException(Refused, "Gói tin không hợp lệ: " + string.Join(" ", read.Errors),
                new Dictionary<string, string[]> { ["package"] = [.. read.Errors] });
        }
        var d = read.Document!;
        var sender = await registry.InForceAsync(d.From.OrganId, VietnamTime.Today(time), cancellationToken);
        var verdict = await verifier.VerifyXmlAsync(package, [.. new[] { d.From.OrganId, sender?.ElectronicId }.OfType<string>().Distinct()], cancellationToken);
        if (verdict is { Passed: false } && verdict.Indication.StartsWith("TOTAL_FAILED", StringComparison.Ordinal))
        {
            throw new ProblemException(Refused, "Chữ ký số của gói tin không hợp lệ: " + verdict.Detail,
                new Dictionary<string, string[]> { ["signature"] = [verdict.Detail] });
        }
        return new CheckedPackage(package, d, verdict switch
        {
            null => "Gói tin không có chữ ký số của hệ thống gửi.",
            { Passed: true } => $"Chữ ký số gói tin hợp lệ ({verdict.Signer}).",
            _ => $"Chưa xác định được chữ ký số gói tin: {verdict.Detail}",
        });
    }

    /// <summary>Adds the arrival of a checked package for an agency (status 01) to the context, unsaved.</summary>
    private async Task<(IncomingDocument Incoming, EdXmlDocument Document, string Signature)> AcceptAsync(CheckedPackage check, string agency,
        string? messageId, CancellationToken cancellationToken)
    {
        var (package, d, signature) = check;
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
            throw Duplicate(d);
        }
        var business = d.Business ?? EdXmlBusiness.New;
        var incoming = new IncomingDocument
        {
            Id = Guid.CreateVersion7(), Agency = receiver.ElectronicId, DocumentId = d.DocumentId, FromOrganId = d.From.OrganId,
            FromName = Cut(d.From.OrganName, 200) ?? "", CodeNumber = d.CodeNumber, CodeNotation = d.CodeNotation, PromulgationDate = d.PromulgationDate,
            TypeName = Cut(d.TypeName, 100)!, Subject = d.Subject.Length > 500 ? d.Subject[..500] : d.Subject, SignerPosition = Cut(d.Signer?.Position, 100),
            SignerName = Cut(d.Signer?.FullName, 50), Priority = d.Priority, DueDate = d.DueDate, ArrivedAt = time.GetUtcNow(), Status = EdXmlStatusCodes.Arrived,
            Package = package, MessageId = messageId, BusinessType = business.DocType is >= 0 and <= 3 ? business.DocType : 0,
            RelatedDocumentId = Cut(business.DocumentId, 80),
        };
        if (messageId is null)
        {
            // Delivered packages note their arrival with the status sent back (ReportAsync).
            Note(incoming, EdXmlStatusCodes.Arrived, signature, "import");
        }
        db.Incoming.Add(incoming);
        await events.RecordAsync(Contracts.DocumentEventKinds.ReceivedElectronically, incoming.Agency, incoming.DocumentId, incoming.FromOrganId,
            messageId is null ? "file" : "platform", cancellationToken: cancellationToken);
        // A revocation, update or replacement marks the copy of the earlier document (Bussiness types 1–3).
        if (incoming.BusinessType > 0 && incoming.RelatedDocumentId is { } related
            && await db.Incoming.SingleOrDefaultAsync(i => i.Agency == incoming.Agency && i.DocumentId == related && i.FromOrganId == incoming.FromOrganId,
                cancellationToken) is { } earlier)
        {
            earlier.SupersededBy = incoming.DocumentId;
            earlier.History = DocumentDispatch.Append(earlier.History, new StatusNote("--", incoming.BusinessType switch
            {
                1 => "Bị thu hồi bởi văn bản", 2 => "Được cập nhật bởi văn bản", _ => "Bị thay thế bởi văn bản",
            }, time.GetUtcNow(), $"{d.CodeNumber}/{d.CodeNotation}: {business.Reason}", null));
            earlier.Revision++;
        }
        return (incoming, d, signature);
    }

    private static ProblemException Duplicate(EdXmlDocument d) =>
        new(Refused, $"Văn bản {d.CodeNumber}/{d.CodeNotation} của {d.From.OrganId} đã được tiếp nhận (trùng văn bản).");

    private async Task SaveAsync(EdXmlDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same document arriving twice at once: the unique index keeps one.
            db.ChangeTracker.Clear();
            throw Duplicate(document);
        }
    }

    /// <summary>The clerk registers an arrived document: the next incoming number of the year, the arrival date, status 03.</summary>
    public async Task<IncomingDocument> RegisterAsync(Clerk clerk, Guid id, CancellationToken cancellationToken)
    {
        var incoming = await MineAsync(clerk, id, "clerk", "Văn thư vào sổ văn bản đến.", cancellationToken);
        Require(incoming, "Văn bản đã được vào sổ hoặc đã trả lại.", EdXmlStatusCodes.Arrived);
        var today = VietnamTime.Today(time);
        return await ChangeAsync(incoming, EdXmlStatusCodes.Registered, null, clerk, async () =>
        {
            var number = await numbering.NextAsync(incoming.Agency, today.Year, IncomingSeries, cancellationToken);
            (incoming.ArrivalNumber, incoming.ArrivalYear, incoming.ArrivalDate) = (number, today.Year, today);
        }, cancellationToken);
    }

    /// <summary>The clerk returns an arrived document that is invalid or misaddressed (Art. 21.2): status 02 with the reason.</summary>
    public async Task<IncomingDocument> ReturnAsync(Clerk clerk, Guid id, string? reason, CancellationToken cancellationToken)
    {
        var incoming = await MineAsync(clerk, id, "clerk", "Văn thư trả lại văn bản đến.", cancellationToken);
        Require(incoming, "Chỉ trả lại văn bản vừa đến, chưa vào sổ.", EdXmlStatusCodes.Arrived);
        return await ChangeAsync(incoming, EdXmlStatusCodes.Returned, Reason(reason), clerk, null, cancellationToken);
    }

    /// <summary>A leader (or the clerk presenting it) assigns a registered document to an official of the agency: status 04.</summary>
    public async Task<IncomingDocument> AssignAsync(Clerk clerk, Guid id, string? to, CancellationToken cancellationToken)
    {
        if (!clerk.Is("leader") && !clerk.Is("clerk"))
        {
            throw new ProblemException(DocumentDesk.NotYours, "Lãnh đạo (hoặc văn thư trình) phân công xử lý văn bản đến.");
        }
        var incoming = await MineAsync(clerk, id, null, null, cancellationToken);
        Require(incoming, "Văn bản phải được vào sổ trước khi phân công.", EdXmlStatusCodes.Registered, EdXmlStatusCodes.Assigned);
        var official = to is { Length: > 0 and <= 100 } ? await officials.FindAsync(to.Trim(), cancellationToken) : null;
        var today = VietnamTime.Today(time);
        var theirs = official?.AgencyElectronicId is { } a ? (await registry.InForceAsync(a, today, cancellationToken))?.ElectronicId : null;
        if (official is null || theirs != incoming.Agency)
        {
            throw new ProblemException(DocumentDesk.Invalid, "Người được phân công phải là công chức của cơ quan.",
                new Dictionary<string, string[]> { ["to"] = ["Nhập tên đăng nhập của công chức trong cơ quan."] });
        }
        return await ChangeAsync(incoming, EdXmlStatusCodes.Assigned, $"Phân công {official.FullName} xử lý", clerk,
            () => { incoming.AssignedTo = official.UserName; return Task.CompletedTask; }, cancellationToken);
    }

    /// <summary>The assigned official starts handling it: status 05.</summary>
    public async Task<IncomingDocument> ProcessAsync(Clerk clerk, Guid id, CancellationToken cancellationToken)
    {
        var incoming = await AssignedAsync(clerk, id, cancellationToken);
        Require(incoming, "Văn bản phải được phân công trước khi xử lý.", EdXmlStatusCodes.Assigned);
        return await ChangeAsync(incoming, EdXmlStatusCodes.Processing, null, clerk, null, cancellationToken);
    }

    /// <summary>The assigned official completes it: status 06.</summary>
    public async Task<IncomingDocument> CompleteAsync(Clerk clerk, Guid id, string? note, CancellationToken cancellationToken)
    {
        var incoming = await AssignedAsync(clerk, id, cancellationToken);
        Require(incoming, "Văn bản phải được phân công trước khi hoàn thành.", EdXmlStatusCodes.Assigned, EdXmlStatusCodes.Processing);
        var text = note?.Trim() is { Length: > 0 } n ? n.Length > 1000 ? n[..1000] : n : null;
        return await ChangeAsync(incoming, EdXmlStatusCodes.Completed, text, clerk, null, cancellationToken);
    }

    /// <summary>
    /// The clerk answers the sender's recall: accepted (15), the copy is withdrawn — its package erased, the record and its
    /// history kept; refused (16) with the reason, the document stays where it was.
    /// </summary>
    public async Task<IncomingDocument> AnswerRecallAsync(Clerk clerk, Guid id, bool accept, string? reason, CancellationToken cancellationToken)
    {
        var incoming = await MineAsync(clerk, id, "clerk", "Văn thư trả lời yêu cầu lấy lại văn bản.", cancellationToken);
        if (incoming.RecallReason is null)
        {
            throw new ProblemException(DocumentDesk.WrongState, "Nơi gửi không yêu cầu lấy lại văn bản này.");
        }
        var previous = incoming.Status;
        return accept
            ? await ChangeAsync(incoming, EdXmlStatusCodes.RecallAccepted, "Đã hủy bản văn bản đến theo yêu cầu của nơi gửi", clerk,
                () => { (incoming.Package, incoming.RecallReason) = ([], null); return Task.CompletedTask; }, cancellationToken)
            : await ChangeAsync(incoming, EdXmlStatusCodes.RecallRefused, Reason(reason), clerk,
                () => { incoming.RecallReason = null; return Task.CompletedTask; }, cancellationToken, keepStatus: previous);
    }

    public async Task<IncomingDocument> OfAgencyAsync(Clerk clerk, Guid id, CancellationToken cancellationToken) =>
        await MineAsync(clerk, id, null, null, cancellationToken);

    public async Task<List<IncomingDocument>> RegisterOfAsync(Clerk clerk, int year, CancellationToken cancellationToken)
    {
        var agencies = await AgenciesOfAsync(clerk, cancellationToken);
        return await db.Incoming.AsNoTracking().Where(i => agencies.Contains(i.Agency) && (i.ArrivalYear == year || i.ArrivalYear == null))
            .OrderBy(i => i.ArrivalNumber == null).ThenBy(i => i.ArrivalNumber).Take(2000).ToListAsync(cancellationToken);
    }

    internal static string Reason(string? reason) => reason?.Trim() is { Length: > 0 and <= 1000 } r && !r.Any(char.IsControl)
        ? r.Normalize(System.Text.NormalizationForm.FormC)
        : throw new ProblemException(DocumentDesk.Invalid, "Nhập lý do (tối đa 1000 ký tự).",
            new Dictionary<string, string[]> { ["reason"] = ["Nhập lý do (tối đa 1000 ký tự)."] });

    internal static bool Has(string history, string messageId) => DocumentDispatch.Notes(history).Any(n => n.MessageId == messageId);

    private async Task<IncomingDocument> MineAsync(Clerk clerk, Guid id, string? role, string? roleMessage, CancellationToken cancellationToken)
    {
        if (role is not null && !clerk.Is(role))
        {
            throw new ProblemException(DocumentDesk.NotYours, roleMessage!);
        }
        var agencies = await AgenciesOfAsync(clerk, cancellationToken);
        var incoming = await db.Incoming.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return incoming is null || !agencies.Contains(incoming.Agency)
            ? throw new ProblemException(DocumentDesk.NotFound, "Không có văn bản đến này ở cơ quan của bạn.")
            : incoming;
    }

    /// <summary>The official's agency and the one in force for it (copies received before a merger stay reachable).</summary>
    private async Task<string[]> AgenciesOfAsync(Clerk clerk, CancellationToken cancellationToken)
    {
        if (clerk.Agency is null)
        {
            return [];
        }
        var inForce = (await registry.InForceAsync(clerk.Agency, VietnamTime.Today(time), cancellationToken))?.ElectronicId;
        return inForce is null || inForce == clerk.Agency ? [clerk.Agency] : [clerk.Agency, inForce];
    }

    private async Task<IncomingDocument> AssignedAsync(Clerk clerk, Guid id, CancellationToken cancellationToken)
    {
        var incoming = await MineAsync(clerk, id, null, null, cancellationToken);
        return incoming.AssignedTo == clerk.UserName
            ? incoming
            : throw new ProblemException(DocumentDesk.NotYours, "Chỉ người được phân công xử lý văn bản này.");
    }

    private static void Require(IncomingDocument incoming, string message, params string[] statuses)
    {
        if (!statuses.Contains(incoming.Status))
        {
            throw new ProblemException(DocumentDesk.WrongState, message);
        }
    }

    /// <summary>One change of status: the change, the note and the status message to the sender, in one transaction.</summary>
    private async Task<IncomingDocument> ChangeAsync(IncomingDocument incoming, string code, string? description, Clerk clerk, Func<Task>? change,
        CancellationToken cancellationToken, string? keepStatus = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (change is not null)
        {
            await change();
        }
        incoming.Status = keepStatus ?? code;
        await ReportAsync(transaction, incoming, code, description, clerk.UserName, cancellationToken);
        if (code switch
            {
                EdXmlStatusCodes.Registered => Contracts.DocumentEventKinds.Registered,
                EdXmlStatusCodes.Returned => Contracts.DocumentEventKinds.Returned,
                EdXmlStatusCodes.Completed => Contracts.DocumentEventKinds.Completed,
                _ => null,
            } is { } kind)
        {
            bool? onTime = kind == Contracts.DocumentEventKinds.Completed && incoming.DueDate is { } due ? VietnamTime.Today(time) <= due : null;
            await events.RecordAsync(kind, incoming.Agency, incoming.DocumentId, incoming.FromOrganId, onTime: onTime, cancellationToken: cancellationToken);
        }
        incoming.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return incoming;
    }

    /// <summary>Notes a status and, when the document came through the gateway, sends it back to the sender in <paramref name="transaction"/>.</summary>
    private async Task ReportAsync(IDbContextTransaction transaction, IncomingDocument incoming, string code, string? description, string actor,
        CancellationToken cancellationToken)
    {
        string? messageId = null;
        if (incoming.MessageId is not null)
        {
            var receiver = await registry.InForceAsync(incoming.Agency, VietnamTime.Today(time), cancellationToken);
            var status = new EdXmlStatus(new EdXmlStatusSubject(incoming.FromOrganId, $"{incoming.CodeNumber}/{incoming.CodeNotation}",
                    incoming.PromulgationDate, incoming.DocumentId), new EdXmlOrganization(incoming.Agency, receiver?.Name), code, description,
                VietnamTime.ToVietnam(time.GetUtcNow()).DateTime, receiver?.Name, actor);
            messageId = await exchange.SendStatusAsync(transaction.GetDbTransaction(), incoming.FromOrganId, status, actor, cancellationToken);
        }
        Note(incoming, code, description, actor, messageId);
    }

    private void Note(IncomingDocument incoming, string code, string? description, string actor, string? messageId = null) =>
        incoming.History = DocumentDispatch.Append(incoming.History,
            new StatusNote(code, EdXmlStatusCodes.NameOf(code), time.GetUtcNow(), description, actor, messageId));

    private static string? Cut(string? value, int max) => value is null ? null : value.Length > max ? value[..max] : value;
}
