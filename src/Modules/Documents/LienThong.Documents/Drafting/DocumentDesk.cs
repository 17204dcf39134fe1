using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Text;
using LienThong.BuildingBlocks.Time;
using LienThong.Documents.Domain;
using LienThong.Documents.Layout;
using LienThong.Documents.Numbering;
using LienThong.Documents.Persistence;
using LienThong.Registry.Contracts;
using LienThong.Trust.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Documents.Drafting;

/// <summary>The signed-in official: user name, agency (e-ID) and roles.</summary>
internal sealed record Clerk(string UserName, string? Agency, IReadOnlyList<string> Roles)
{
    public bool Is(string role) => Roles.Contains(role);
}

/// <summary>A comment or an action in a document's history.</summary>
public sealed record DocumentNote(DateTimeOffset At, string Actor, string Action, string? Text);

/// <summary>A draft as an official enters it.</summary>
public sealed record DraftRequest(string? Type, string? Subject, IReadOnlyList<string>? Paragraphs, IReadOnlyList<string>? Addressees,
    IReadOnlyList<string>? Recipients, string? DraftingUnit, string? Signer, string? SignerCompetence, string? SignerTitle, string? SignerName,
    string? Urgency, string? Secrecy, DateOnly? DueDate, string? Place, string? ParentAgency, IReadOnlyList<string>? ToAgencies = null,
    int? BusinessType = null, string? RelatedDocumentId = null, string? BusinessReason = null, string? Template = null)
{
    /// <summary>What the official left empty, taken from the template (type, content, "Kính gửi", "Nơi nhận", competence; the subject's opening words).</summary>
    public DraftRequest WithTemplate(DocumentTemplate template) => this with
    {
        Type = Type ?? template.Type,
        Subject = Subject is { Length: > 0 } subject && template.SubjectPrefix.Length > 0
            && !subject.TrimStart().StartsWith(template.SubjectPrefix.Trim(), StringComparison.OrdinalIgnoreCase)
            ? template.SubjectPrefix + subject.TrimStart() : Subject,
        Paragraphs = Paragraphs is { Count: > 0 } ? Paragraphs : template.Paragraphs,
        Addressees = Addressees is { Count: > 0 } ? Addressees : template.Addressees,
        Recipients = Recipients is { Count: > 0 } ? Recipients : template.Recipients,
        SignerCompetence = SignerCompetence ?? template.SignerCompetence,
    };
}

/// <summary>
/// From draft to issue (Decree 30/2020/NĐ-CP Art. 10–18): a specialist or clerk of the agency drafts; anyone of the agency
/// comments; the designated signer approves, then signs — at that moment the system gives the number of the agency's
/// series for the year, lays the document out and the signer's PAdES signature goes on, all in one transaction (a failed
/// signature gives the number back); the clerk issues it with the agency's seal signature. Officials act only on their
/// agency's documents (or those of the agency theirs merged into).
/// </summary>
internal sealed partial class DocumentDesk(DocumentsDbContext db, DocumentNumbering numbering, IRegistryDirectory registry, IDocumentSigner signer,
    Exchange.DocumentEvents events, TimeProvider time)
{
    public static readonly ProblemType NotFound = new("documents/not-found", 404, "Không có văn bản này", "No document has this identifier.");

    public static readonly ProblemType NotYours = new("documents/not-yours", 403, "Văn bản của cơ quan khác hoặc việc của người khác",
        "The document belongs to another agency, or the action belongs to another role or to the designated signer.");

    public static readonly ProblemType WrongState = new("documents/wrong-state", 409, "Văn bản không ở bước cho phép việc này",
        "The document is not at the stage this action needs; nothing changed.");

    public static readonly ProblemType Invalid = new("documents/invalid-draft", 400, "Dự thảo chưa hợp lệ", "Fields of the draft are missing or invalid; `errors` lists them.");

    public static readonly ProblemType SigningFailed = new("documents/signing-failed", 409, "Chưa ký được văn bản",
        "The signature could not be made (e.g. no valid certificate); the number was not used.");

    public static readonly ProblemType TooLarge = new("documents/too-large", 413, "Tệp quá lớn", "The file is larger than the limit; nothing was stored.");

    /// <summary>The largest attachment accepted.</summary>
    public const int MaxAttachmentBytes = 20 * 1024 * 1024;

    private const int MaxAttachments = 20;

    private const long MaxTotalAttachmentBytes = 40L * 1024 * 1024;

    private static readonly string[] Urgencies = ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"];
    private static readonly string[] Secrecies = ["MẬT", "TỐI MẬT", "TUYỆT MẬT"];
    private static readonly string[] Competences = ["TM.", "KT.", "TL.", "TUQ.", "Q."];

    [GeneratedRegex(@"^[\p{Lu}0-9]{1,12}$")]
    private static partial Regex Unit();

    public async Task<OfficialDocument> DraftAsync(Clerk clerk, DraftRequest request, CancellationToken cancellationToken)
    {
        if (!clerk.Is("specialist") && !clerk.Is("clerk"))
        {
            throw new ProblemException(NotYours, "Chuyên viên hoặc văn thư soạn dự thảo văn bản.");
        }
        var today = VietnamTime.Today(time);
        var agency = clerk.Agency is null ? null : await registry.InForceAsync(clerk.Agency, today, cancellationToken);
        if (agency is null)
        {
            throw new ProblemException(NotYours, "Tài khoản không thuộc cơ quan nào đang hoạt động.");
        }
        var errors = new Dictionary<string, string[]>();
        if (request.Template is { } key)
        {
            if (DocumentTemplates.Find(key) is { } template)
            {
                request = request.WithTemplate(template);
            }
            else
            {
                Check(errors, "template", false, "Chọn mẫu: " + string.Join(", ", DocumentTemplates.All.Select(t => t.Key)) + ".");
            }
        }
        var type = request.Type is null ? null : DocumentTypes.Find(request.Type);
        Check(errors, "type", type is not null, "Chọn loại văn bản theo Nghị định 30/2020/NĐ-CP (ví dụ QĐ, CV, TTr).");
        Check(errors, "subject", Text(request.Subject, 500) is not null, "Trích yếu bắt buộc, tối đa 500 ký tự.");
        var paragraphs = (request.Paragraphs ?? []).Select(p => Text(p, 5000)).OfType<string>().ToList();
        Check(errors, "paragraphs", paragraphs.Count is > 0 and <= 200, "Nội dung văn bản bắt buộc.");
        var unit = request.DraftingUnit?.Trim();
        Check(errors, "draftingUnit", unit is null || Unit().IsMatch(unit), "Chữ viết tắt đơn vị soạn thảo gồm chữ in hoa và số (ví dụ VX).");
        Check(errors, "draftingUnit", type is not { NoAbbreviation: true } || unit is not null, "Công văn ghi ký hiệu theo đơn vị soạn thảo: nhập chữ viết tắt.");
        Check(errors, "signer", Text(request.Signer, 100) is not null && Text(request.SignerName, 100) is not null && Text(request.SignerTitle, 100) is not null,
            "Người ký (tên đăng nhập, họ tên, chức vụ) bắt buộc.");
        Check(errors, "signerCompetence", request.SignerCompetence is null || Competences.Any(c => request.SignerCompetence.Trim().StartsWith(c, StringComparison.Ordinal)),
            "Thẩm quyền ký bắt đầu bằng TM., KT., TL., TUQ. hoặc Q.");
        Check(errors, "urgency", request.Urgency is null || Urgencies.Contains(request.Urgency), "Độ khẩn: KHẨN, THƯỢNG KHẨN hoặc HỎA TỐC.");
        Check(errors, "secrecy", request.Secrecy is null || Secrecies.Contains(request.Secrecy), "Độ mật: MẬT, TỐI MẬT hoặc TUYỆT MẬT.");
        var toAgencies = (request.ToAgencies ?? []).Select(a => a.Trim()).Distinct().ToList();
        foreach (var to in toAgencies)
        {
            Check(errors, "toAgencies", await registry.InForceAsync(to, today, cancellationToken) is not null, $"Không có cơ quan {to} đang hoạt động.");
        }
        // Revoking, updating or replacing an earlier document of the agency (the edXML Bussiness block, types 1–3).
        var business = request.BusinessType ?? 0;
        Check(errors, "businessType", business is >= 0 and <= 3, "Loại nghiệp vụ: 0 văn bản mới, 1 thu hồi, 2 cập nhật, 3 thay thế.");
        if (business is >= 1 and <= 3)
        {
            Check(errors, "relatedDocumentId", await ByDocumentIdAsync(db.Documents.AsNoTracking().Where(d => d.Agency == agency.ElectronicId
                && d.Status == DocumentStatus.Issued), request.RelatedDocumentId, cancellationToken) is not null,
                "Nhập mã văn bản (DocumentId) đã phát hành của cơ quan được thu hồi, cập nhật hoặc thay thế.");
            Check(errors, "businessReason", Text(request.BusinessReason, 500) is not null, "Nhập lý do thu hồi, cập nhật hoặc thay thế.");
        }
        if (errors.Count > 0)
        {
            throw new ProblemException(Invalid, "Dự thảo chưa hợp lệ.", errors);
        }
        var now = time.GetUtcNow();
        var document = new OfficialDocument
        {
            Id = Guid.CreateVersion7(), Agency = agency.ElectronicId, AgencyName = agency.Name, ParentAgency = Text(request.ParentAgency, 200),
            IssuerAbbreviation = agency.Abbreviation, TypeCode = type!.Code, Subject = Text(request.Subject, 500)!, Paragraphs = Json(paragraphs),
            Addressees = Json((request.Addressees ?? []).Select(a => Text(a, 300)).OfType<string>()), DraftingUnit = unit,
            Recipients = Json((request.Recipients ?? []).Select(a => Text(a, 300)).OfType<string>()), ToAgencies = Json(toAgencies),
            Series = request.Secrecy is null ? DocumentNumbering.Administrative : DocumentNumbering.Secret, Urgency = request.Urgency,
            Secrecy = request.Secrecy, DueDate = request.DueDate, Signer = request.Signer!.Trim(), SignerCompetence = Text(request.SignerCompetence, 100),
            SignerTitle = Text(request.SignerTitle, 100)!, SignerName = Text(request.SignerName, 100)!, Place = Text(request.Place, 100) ?? "Đà Nẵng",
            Status = DocumentStatus.Draft, CreatedBy = clerk.UserName, CreatedAt = now, BusinessType = business,
            RelatedDocumentId = business > 0 ? request.RelatedDocumentId!.Trim() : null, BusinessReason = business > 0 ? Text(request.BusinessReason, 500) : null,
        };
        document.SearchText = SearchTextOf(document);
        Note(document, clerk.UserName, "draft", null);
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }

    public async Task<OfficialDocument> OfAgencyAsync(Clerk clerk, Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new ProblemException(NotFound, "Không có văn bản này.");
        var today = VietnamTime.Today(time);
        var mine = clerk.Agency is { } own && (own == document.Agency || (await registry.InForceAsync(own, today, cancellationToken))?.ElectronicId == document.Agency);
        return mine ? document : throw new ProblemException(NotYours, "Văn bản của cơ quan khác.");
    }

    public async Task<OfficialDocument> CommentAsync(Clerk clerk, Guid id, string? text, CancellationToken cancellationToken)
    {
        var document = await OfAgencyAsync(clerk, id, cancellationToken);
        Require(document, DocumentStatus.Draft, "Chỉ góp ý khi văn bản còn là dự thảo.");
        var comment = Text(text, 2000) ?? throw new ProblemException(Invalid, "Nội dung góp ý trống.",
            new Dictionary<string, string[]> { ["text"] = ["Nhập nội dung góp ý."] });
        Note(document, clerk.UserName, "comment", comment);
        return await SaveAsync(document, cancellationToken);
    }

    public async Task<OfficialDocument> ApproveAsync(Clerk clerk, Guid id, CancellationToken cancellationToken)
    {
        var document = await OfAgencyAsync(clerk, id, cancellationToken);
        RequireSigner(clerk, document);
        Require(document, DocumentStatus.Draft, "Văn bản đã được duyệt.");
        document.Status = DocumentStatus.Approved;
        Note(document, clerk.UserName, "approve", null);
        return await SaveAsync(document, cancellationToken);
    }

    /// <summary>The signer signs: the number is given, the document laid out and signed, in one transaction.</summary>
    public async Task<OfficialDocument> SignAsync(Clerk clerk, Guid id, CancellationToken cancellationToken)
    {
        var document = await OfAgencyAsync(clerk, id, cancellationToken);
        RequireSigner(clerk, document);
        Require(document, DocumentStatus.Approved, "Văn bản phải được duyệt trước khi ký.");
        var today = VietnamTime.Today(time);
        var type = DocumentTypes.Find(document.TypeCode)!;
        var (notation, error) = Notation.Of(type, document.IssuerAbbreviation, document.DraftingUnit);
        if (notation is null)
        {
            throw new ProblemException(Invalid, error!);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await numbering.NextAsync(document.Agency, today.Year, document.Series, cancellationToken);
        var pdf = DocumentLayout.Render(new LayoutInput(document.ParentAgency, document.AgencyName, Notation.NumberLine(number, notation),
            Notation.PlaceAndDate(document.Place, today), type, document.Subject, Read(document.Paragraphs), Read(document.Addressees),
            Read(document.Recipients), document.DraftingUnit ?? "", document.SignerCompetence, document.SignerTitle, document.SignerName,
            document.Urgency, document.Secrecy));
        var signed = await signer.SignPdfAsync(pdf, PdfSigningRequest.Official(clerk.UserName) with { Reason = $"Ký văn bản {Notation.Number(number)}/{notation}" },
            cancellationToken);
        if (!signed.Succeeded)
        {
            // The transaction is rolled back with the number: no gap.
            throw new ProblemException(SigningFailed, "Chưa ký được văn bản: " + signed.Error);
        }
        (document.Number, document.Notation, document.Year, document.IssuedOn, document.Pdf, document.Status) =
            (number, notation, today.Year, today, signed.Signed, DocumentStatus.Signed);
        document.SearchText = SearchTextOf(document);
        Note(document, clerk.UserName, "sign", Notation.NumberLine(number, notation));
        await events.RecordAsync(Contracts.DocumentEventKinds.SignedDigitally, document.Agency, Exchange.DocumentDispatch.Subject(document).DocumentId,
            cancellationToken: cancellationToken);
        await SaveAsync(document, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return document;
    }

    /// <summary>
    /// A specialist or clerk attaches a PDF (an appendix in a separate file) to a draft: recognised by content, its text
    /// extracted for search; it is sealed at issue.
    /// </summary>
    public async Task<DocumentAttachment> AttachAsync(Clerk clerk, Guid id, string? name, byte[] pdf, CancellationToken cancellationToken)
    {
        if (!clerk.Is("specialist") && !clerk.Is("clerk"))
        {
            throw new ProblemException(NotYours, "Chuyên viên hoặc văn thư đính kèm tệp vào dự thảo.");
        }
        var document = await OfAgencyAsync(clerk, id, cancellationToken);
        Require(document, DocumentStatus.Draft, "Chỉ đính kèm tệp khi văn bản còn là dự thảo.");
        var text = pdf.AsSpan().StartsWith("%PDF-"u8) ? AttachmentText.Extract(pdf) : null;
        if (text is null)
        {
            throw new ProblemException(Invalid, "Tệp đính kèm phải là tệp PDF đọc được.",
                new Dictionary<string, string[]> { ["file"] = ["Chọn tệp PDF (phụ lục, tài liệu kèm theo)."] });
        }
        var position = await db.Attachments.CountAsync(a => a.DocumentId == id, cancellationToken) + 1;
        if (position > MaxAttachments)
        {
            throw new ProblemException(Invalid, $"Mỗi văn bản có tối đa {MaxAttachments} tệp đính kèm.");
        }
        // The package carries them all, Base64-encoded: keep it within what a receiver accepts (EdXmlLimits, 64 MB).
        if (await db.Attachments.Where(a => a.DocumentId == id).SumAsync(a => (long)a.Content.Length, cancellationToken) + pdf.Length > MaxTotalAttachmentBytes)
        {
            throw new ProblemException(TooLarge, $"Tổng dung lượng tệp đính kèm của một văn bản tối đa {MaxTotalAttachmentBytes / 1024 / 1024} MB.");
        }
        var clean = EdXml.EdXmlReader.CleanName(name);
        clean = clean.Length > 140 ? clean[..140] : clean;
        var attachment = new DocumentAttachment
        {
            Id = Guid.CreateVersion7(), DocumentId = id, Position = position, Name = clean.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? clean : clean + ".pdf",
            Content = pdf, UploadedBy = clerk.UserName, UploadedAt = time.GetUtcNow(),
        };
        db.Attachments.Add(attachment);
        var folded = (document.AttachmentsText + " " + VietnameseText.Fold(text)).Trim();
        document.AttachmentsText = folded.Length > 200_000 ? folded[..200_000] : folded;
        document.SearchText = SearchTextOf(document);
        Note(document, clerk.UserName, "attach", attachment.Name);
        try
        {
            await SaveAsync(document, cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Another file attached at the same moment took this place.
            db.ChangeTracker.Clear();
            throw new ProblemException(WrongState, "Một tệp khác vừa được đính kèm; hãy thử lại.");
        }
        return attachment;
    }

    public Task<List<DocumentAttachment>> AttachmentsOfAsync(Guid id, CancellationToken cancellationToken) =>
        db.Attachments.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Position).ToListAsync(cancellationToken);

    /// <summary>The clerk issues: the agency's seal signature goes on and the document enters the outgoing register.</summary>
    public async Task<OfficialDocument> IssueAsync(Clerk clerk, Guid id, CancellationToken cancellationToken)
    {
        var document = await OfAgencyAsync(clerk, id, cancellationToken);
        if (!clerk.Is("clerk"))
        {
            throw new ProblemException(NotYours, "Văn thư phát hành văn bản và đóng dấu (chữ ký số của cơ quan).");
        }
        Require(document, DocumentStatus.Signed, "Văn bản phải được ký trước khi phát hành.");
        var sealedPdf = await signer.SignPdfAsync(document.Pdf!, PdfSigningRequest.Seal(document.Agency), cancellationToken);
        if (!sealedPdf.Succeeded)
        {
            throw new ProblemException(SigningFailed, "Chưa đóng dấu được: " + sealedPdf.Error);
        }
        // Each attachment in a separate file: the agency's signature at the top right of page 1, no image (Appendix I §III.1d).
        var notation = $"{Numbering.Notation.Number(document.Number!.Value)}/{document.Notation}";
        foreach (var attachment in await db.Attachments.Where(a => a.DocumentId == id && !a.Sealed).ToListAsync(cancellationToken))
        {
            var sealedAttachment = await signer.SignPdfAsync(attachment.Content,
                PdfSigningRequest.Seal(document.Agency) with { Mark = PdfSignatureMark.Attachment, Notation = notation }, cancellationToken);
            if (!sealedAttachment.Succeeded)
            {
                throw new ProblemException(SigningFailed, $"Chưa ký được tệp đính kèm {attachment.Name}: " + sealedAttachment.Error);
            }
            (attachment.Content, attachment.Sealed) = (sealedAttachment.Signed!, true);
        }
        (document.Pdf, document.Status) = (sealedPdf.Signed, DocumentStatus.Issued);
        Note(document, clerk.UserName, "issue", null);
        await events.RecordAsync(Contracts.DocumentEventKinds.Issued, document.Agency, Exchange.DocumentDispatch.Subject(document).DocumentId,
            cancellationToken: cancellationToken);
        return await SaveAsync(document, cancellationToken);
    }

    /// <summary>The desk of an official: their agency in force, the year, documents in progress, and the year's outgoing register.</summary>
    public async Task<(string? Agency, int Year, List<OfficialDocument> Pending, List<OfficialDocument> Register)> DeskAsync(Clerk clerk,
        CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var agency = clerk.Agency is null ? null : (await registry.InForceAsync(clerk.Agency, today, cancellationToken))?.ElectronicId;
        if (agency is null)
        {
            return (null, today.Year, [], []);
        }
        var pending = await db.Documents.AsNoTracking().Where(d => d.Agency == agency && d.Status != DocumentStatus.Issued)
            .OrderByDescending(d => d.CreatedAt).Take(200).ToListAsync(cancellationToken);
        return (agency, today.Year, pending, await OutgoingAsync(agency, today.Year, cancellationToken));
    }

    /// <summary>
    /// The agency's documents whose type, number and notation, subject or content contain every word of the query, with or
    /// without diacritics ("quyet dinh chuyen doi so" finds "Quyết định … chuyển đổi số"); filters by type, status and dates.
    /// </summary>
    public async Task<List<OfficialDocument>> SearchAsync(Clerk clerk, string? query, string? type, DocumentStatus? status, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken)
    {
        if (query is { Length: > 200 })
        {
            throw new ProblemException(Invalid, "Từ khóa tìm kiếm tối đa 200 ký tự.", new Dictionary<string, string[]> { ["q"] = ["Tối đa 200 ký tự."] });
        }
        var today = VietnamTime.Today(time);
        var agency = clerk.Agency is null ? null : (await registry.InForceAsync(clerk.Agency, today, cancellationToken))?.ElectronicId;
        if (agency is null)
        {
            return [];
        }
        var documents = db.Documents.AsNoTracking().Where(d => d.Agency == agency);
        foreach (var word in VietnameseText.Fold(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(10))
        {
            // LIKE with a constant-shaped pattern: PostgreSQL answers it from the trigram index on SearchText (migration SearchTrigramIndex).
            var pattern = "%" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            documents = documents.Where(d => EF.Functions.Like(d.SearchText, pattern, "\\"));
        }
        if (type is { Length: > 0 })
        {
            documents = documents.Where(d => d.TypeCode == type);
        }
        if (status is { } s)
        {
            documents = documents.Where(d => d.Status == s);
        }
        if (from is { } start)
        {
            documents = documents.Where(d => d.IssuedOn >= start);
        }
        if (to is { } end)
        {
            documents = documents.Where(d => d.IssuedOn <= end);
        }
        return await documents.OrderByDescending(d => d.CreatedAt).Take(100).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The numbered document whose edXML DocumentId (<c>{OrganId},{yyyy/MM/dd},{number}/{notation}</c>) is <paramref name="documentId"/>,
    /// among <paramref name="documents"/> (tracked or not, as the caller's query is).
    /// </summary>
    internal static async Task<OfficialDocument?> ByDocumentIdAsync(IQueryable<OfficialDocument> documents, string? documentId,
        CancellationToken cancellationToken)
    {
        if (documentId?.Trim().Split(',') is not [var agency, _, var code] || code.Split('/', 2) is not [var number, var notation]
            || !int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }
        var candidates = await documents.Where(d => d.Agency == agency && d.Number == n && d.Notation == notation).ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(d => EdXml.EdXmlDocument.IdOf(d.Agency, d.IssuedOn!.Value, Numbering.Notation.Number(n), notation) == documentId.Trim());
    }

    internal static string SearchTextOf(OfficialDocument d) => VietnameseText.Fold(string.Join(' ', new[]
    {
        DocumentTypes.Find(d.TypeCode)?.Name ?? "", d.Number is { } n ? $"{Numbering.Notation.Number(n)}/{d.Notation}" : "", d.Subject,
    }.Concat(Read(d.Paragraphs)).Append(d.AttachmentsText)));

    public Task<List<OfficialDocument>> OutgoingAsync(string agency, int year, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().Where(d => d.Agency == agency && d.Year == year && d.Status == DocumentStatus.Issued)
            .OrderBy(d => d.Series).ThenBy(d => d.Number).ToListAsync(cancellationToken);

    private async Task<OfficialDocument> SaveAsync(OfficialDocument document, CancellationToken cancellationToken)
    {
        document.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }

    private static void RequireSigner(Clerk clerk, OfficialDocument document)
    {
        if (clerk.UserName != document.Signer || !clerk.Is("leader"))
        {
            throw new ProblemException(NotYours, $"Chỉ người ký được giao ({document.SignerName}) duyệt và ký văn bản này.");
        }
    }

    private static void Require(OfficialDocument document, DocumentStatus status, string message)
    {
        if (document.Status != status)
        {
            throw new ProblemException(WrongState, message);
        }
    }

    internal void Note(OfficialDocument document, string actor, string action, string? text)
    {
        var notes = JsonSerializer.Deserialize<List<DocumentNote>>(document.History, JsonSerializerOptions.Web) ?? [];
        notes.Add(new DocumentNote(time.GetUtcNow(), actor, action, text));
        document.History = JsonSerializer.Serialize(notes, JsonSerializerOptions.Web);
    }

    private static void Check(Dictionary<string, string[]> errors, string field, bool ok, string message)
    {
        if (!ok)
        {
            errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];
        }
    }

    private static string? Text(string? value, int max)
    {
        var clean = value?.Trim().Normalize(NormalizationForm.FormC);
        return string.IsNullOrEmpty(clean) || clean.Length > max || clean.Any(c => char.IsControl(c) && c is not ('\n' or '\t')) ? null : clean;
    }

    private static string Json(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToList(), JsonSerializerOptions.Web);

    internal static List<string> Read(string json) => JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Web) ?? [];
}
