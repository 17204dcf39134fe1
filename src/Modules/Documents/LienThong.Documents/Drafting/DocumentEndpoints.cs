using System.Security.Claims;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Time;
using LienThong.Documents.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LienThong.Documents.Drafting;

/// <summary>The documents API for officials: draft, comment, approve, sign (numbered), issue (sealed), the outgoing register.</summary>
internal static class DocumentEndpoints
{
    public sealed record CommentRequest(string? Text);

    public sealed record ReasonRequest(string? Reason);

    public sealed record AssignRequest(string? To);

    public sealed record CompleteRequest(string? Note);

    public sealed record RecallAnswer(bool Accept, string? Reason);

    public sealed record DocumentView(Guid Id, string Agency, string TypeCode, string Subject, string Status, string? NumberLine, DateOnly? IssuedOn,
        string Signer, string CreatedBy, IReadOnlyList<DocumentNote> History, IReadOnlyList<DeliveryView>? Deliveries = null,
        IReadOnlyList<AttachmentView>? Attachments = null);

    public sealed record AttachmentView(Guid Id, int Position, string Name, int Size, bool Sealed);

    /// <summary>Where a sent document is: the receiving agency's latest status (edXML 01–06, 13, 15, 16) and all of them.</summary>
    public sealed record DeliveryView(string Agency, string Name, string MessageId, DateTimeOffset SentAt, string? Status, string StatusName,
        DateTimeOffset? StatusAt, IReadOnlyList<Exchange.StatusNote> History);

    /// <summary>A row of the outgoing register with the metadata of Decree 30/2020/NĐ-CP Appendix VI Part II §I.</summary>
    public sealed record OutgoingRow(string OrganId, int FileCatalog, string TypeName, string CodeNumber, string CodeNotation, DateOnly IssuedDate,
        string OrganName, string Subject, string Language, int PageAmount, string SignerPosition, string SignerFullName, IReadOnlyList<string> To,
        int Priority, int IssuedAmount, DateOnly? DueDate, string Series);

    /// <summary>A row of the incoming register (Decree 30/2020/NĐ-CP Appendix VI Part II §II) with the edXML status.</summary>
    public sealed record IncomingRow(Guid Id, string DocumentId, string OrganId, string OrganName, string TypeName, string CodeNumber, string CodeNotation,
        DateOnly IssuedDate, string Subject, DateOnly? ArrivalDate, int? ArrivalNumber, string? SignerPosition, string? SignerFullName, int Priority,
        DateOnly? DueDate, string Status, string StatusName, string? AssignedTo = null, string? RecallReason = null, string? SupersededBy = null,
        IReadOnlyList<Exchange.StatusNote>? History = null);

    public static void Map(IEndpointRouteBuilder app, string officialPolicy)
    {
        var group = app.MapGroup("/api/documents").WithTags("Documents").RequireAuthorization(officialPolicy)
            .AddEndpointFilter<ProblemExceptionFilter>().DisableAntiforgery();
        app.MapPost("/api/documents", async (DraftRequest request, ClaimsPrincipal user, DocumentDesk desk, CancellationToken ct) =>
            {
                var document = await desk.DraftAsync(ClerkOf(user), request, ct);
                return TypedResults.Created($"/api/documents/{document.Id}", View(document));
            })
            .WithTags("Documents").RequireAuthorization(officialPolicy).AddEndpointFilter<ProblemExceptionFilter>().DisableAntiforgery()
            .WithName("DraftDocument").WithSummary("Draft an administrative document of the official's agency (specialist or clerk)");
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, DocumentDesk desk, Exchange.DocumentDispatch dispatch, CancellationToken ct) =>
                View(await desk.OfAgencyAsync(ClerkOf(user), id, ct)) with
                {
                    Deliveries = [.. (await dispatch.DeliveriesOfAsync(id, ct)).Select(Delivery)],
                    Attachments = [.. (await desk.AttachmentsOfAsync(id, ct)).Select(Attachment)],
                })
            .WithName("GetDocument").WithSummary("A document of the official's agency with its history and, once sent, each receiver's status");
        group.MapPost("/{id:guid}/attachments", async (Guid id, string? name, HttpRequest request, ClaimsPrincipal user, DocumentDesk desk,
                CancellationToken ct) =>
            {
                var clerk = ClerkOf(user);
                var pdf = await ReadBodyAsync(request, DocumentDesk.MaxAttachmentBytes, ct, DocumentDesk.TooLarge);
                var attachment = await desk.AttachAsync(clerk, id, name, pdf, ct);
                return TypedResults.Created($"/api/documents/{id}/attachments/{attachment.Id}", Attachment(attachment));
            })
            .WithName("AttachToDocument").WithSummary("Attach a PDF (the body, at most 20 MB) to a draft: its text is searchable; it is sealed at issue");
        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, ClaimsPrincipal user, DocumentDesk desk,
                CancellationToken ct) =>
            {
                await desk.OfAgencyAsync(ClerkOf(user), id, ct);
                var attachment = (await desk.AttachmentsOfAsync(id, ct)).FirstOrDefault(a => a.Id == attachmentId)
                    ?? throw new ProblemException(DocumentDesk.NotFound, "Không có tệp đính kèm này.");
                return TypedResults.File(attachment.Content, "application/pdf", attachment.Name);
            })
            .WithName("DocumentAttachment").WithSummary("An attachment (sealed once the document is issued)");
        group.MapPost("/{id:guid}/send", async (Guid id, ClaimsPrincipal user, Exchange.DocumentDispatch dispatch, CancellationToken ct) =>
                (await dispatch.SendAsync(ClerkOf(user), id, ct)).Select(Delivery))
            .WithName("SendDocument")
            .WithSummary("The clerk sends the issued document to its receiving agencies on the platform: a sealed edXML package each, through the gateway");
        group.MapPost("/{id:guid}/recall", async (Guid id, ReasonRequest request, ClaimsPrincipal user, Exchange.DocumentDispatch dispatch,
                CancellationToken ct) => (await dispatch.RecallAsync(ClerkOf(user), id, request.Reason, ct)).Select(Delivery))
            .WithName("RecallDocument").WithSummary("Ask the receivers to give the document back (status 13 with the reason)");
        group.MapGet("/{id:guid}/edxml", async (Guid id, ClaimsPrincipal user, DocumentDesk desk, DocumentPackages packages, CancellationToken ct) =>
            {
                var clerk = ClerkOf(user);
                if (!clerk.Is("clerk"))
                {
                    throw new ProblemException(DocumentDesk.NotYours, "Văn thư tải gói tin (gói tin mang chữ ký số của cơ quan).");
                }
                var document = await desk.OfAgencyAsync(clerk, id, ct);
                return TypedResults.File(await packages.SealedAsync(id.ToString(), ct), "application/xml", $"{document.Number:00}-{document.Notation}.edxml");
            })
            .WithName("DocumentPackage").WithSummary("The issued document as a sealed edXML package, for agencies outside the platform");
        group.MapGet("/{id:guid}/pdf", async (Guid id, ClaimsPrincipal user, DocumentDesk desk, CancellationToken ct) =>
            {
                var document = await desk.OfAgencyAsync(ClerkOf(user), id, ct);
                return document.Pdf is null
                    ? throw new ProblemException(DocumentDesk.WrongState, "Văn bản chưa được ký.")
                    : TypedResults.File(document.Pdf, "application/pdf", $"{document.Number:00}-{document.Notation}.pdf");
            })
            .WithName("DocumentPdf").WithSummary("The signed PDF (the signer's signature, and the seal once issued)");
        group.MapPost("/{id:guid}/comments", async (Guid id, CommentRequest request, ClaimsPrincipal user, DocumentDesk desk, CancellationToken ct) =>
                View(await desk.CommentAsync(ClerkOf(user), id, request.Text, ct)))
            .WithName("CommentDocument").WithSummary("A review comment on a draft");
        group.MapPost("/{id:guid}/approve", async (Guid id, ClaimsPrincipal user, DocumentDesk desk, CancellationToken ct) =>
                View(await desk.ApproveAsync(ClerkOf(user), id, ct)))
            .WithName("ApproveDocument").WithSummary("The designated signer approves the content");
        group.MapPost("/{id:guid}/sign", async (Guid id, ClaimsPrincipal user, DocumentDesk desk, CancellationToken ct) =>
                View(await desk.SignAsync(ClerkOf(user), id, ct)))
            .WithName("SignDocument").WithSummary("The signer signs: the number is given, the PDF laid out (Decree 30) and signed (PAdES), atomically");
        group.MapPost("/{id:guid}/issue", async (Guid id, ClaimsPrincipal user, DocumentDesk desk, CancellationToken ct) =>
                View(await desk.IssueAsync(ClerkOf(user), id, ct)))
            .WithName("IssueDocument").WithSummary("The clerk issues the signed document with the agency's seal signature");
        group.MapGet("/search", async (string? q, string? type, DocumentStatus? status, DateOnly? from, DateOnly? to, ClaimsPrincipal user,
                DocumentDesk desk, CancellationToken ct) => (await desk.SearchAsync(ClerkOf(user), q, type, status, from, to, ct)).Select(View))
            .WithName("SearchDocuments")
            .WithSummary("The agency's documents by words of the type, number, subject or content (with or without diacritics), type, status and dates");
        group.MapPost("/incoming", async (HttpRequest request, ClaimsPrincipal user, IncomingDesk desk, CancellationToken ct) =>
            {
                var clerk = ClerkOf(user);
                if (!clerk.Is("clerk") || clerk.Agency is null)
                {
                    throw new ProblemException(DocumentDesk.NotYours, "Văn thư tiếp nhận văn bản đến.");
                }
                AllowBody(request, EdXml.EdXmlLimits.Default.MaxPackageBytes);
                var body = await ReadBodyAsync(request, EdXml.EdXmlLimits.Default.MaxPackageBytes, ct);
                var incoming = await desk.ReceiveAsync(body, clerk.Agency, ct);
                return TypedResults.Created($"/api/documents/registers/incoming", Incoming(incoming));
            })
            .WithName("ReceivePackage").WithSummary("Receive an edXML package (the body) for the clerk's agency: checked, de-duplicated, status 01");
        group.MapPost("/incoming/{id:guid}/register", async (Guid id, ClaimsPrincipal user, IncomingDesk desk, CancellationToken ct) =>
                Incoming(await desk.RegisterAsync(ClerkOf(user), id, ct)))
            .WithName("RegisterIncoming").WithSummary("The clerk registers an arrived document: incoming number and date, status 03");
        group.MapGet("/incoming/{id:guid}", async (Guid id, ClaimsPrincipal user, IncomingDesk desk, CancellationToken ct) =>
                Incoming(await desk.OfAgencyAsync(ClerkOf(user), id, ct)))
            .WithName("GetIncoming").WithSummary("A received document with its statuses");
        group.MapPost("/incoming/{id:guid}/return", async (Guid id, ReasonRequest request, ClaimsPrincipal user, IncomingDesk desk, CancellationToken ct) =>
                Incoming(await desk.ReturnAsync(ClerkOf(user), id, request.Reason, ct)))
            .WithName("ReturnIncoming").WithSummary("The clerk returns an arrived document with the reason (status 02)");
        group.MapPost("/incoming/{id:guid}/assign", async (Guid id, AssignRequest request, ClaimsPrincipal user, IncomingDesk desk, CancellationToken ct) =>
                Incoming(await desk.AssignAsync(ClerkOf(user), id, request.To, ct)))
            .WithName("AssignIncoming").WithSummary("A leader (or the clerk) assigns a registered document to an official of the agency (status 04)");
        group.MapPost("/incoming/{id:guid}/process", async (Guid id, ClaimsPrincipal user, IncomingDesk desk, CancellationToken ct) =>
                Incoming(await desk.ProcessAsync(ClerkOf(user), id, ct)))
            .WithName("ProcessIncoming").WithSummary("The assigned official starts handling it (status 05)");
        group.MapPost("/incoming/{id:guid}/complete", async (Guid id, CompleteRequest request, ClaimsPrincipal user, IncomingDesk desk, CancellationToken ct) =>
                Incoming(await desk.CompleteAsync(ClerkOf(user), id, request.Note, ct)))
            .WithName("CompleteIncoming").WithSummary("The assigned official completes it (status 06)");
        group.MapPost("/incoming/{id:guid}/recall-answer", async (Guid id, RecallAnswer request, ClaimsPrincipal user, IncomingDesk desk,
                CancellationToken ct) => Incoming(await desk.AnswerRecallAsync(ClerkOf(user), id, request.Accept, request.Reason, ct)))
            .WithName("AnswerRecall").WithSummary("The clerk answers the sender's recall: accepted (15, the copy withdrawn) or refused (16, with the reason)");
        group.MapGet("/registers/incoming", async (int? year, ClaimsPrincipal user, IncomingDesk desk, TimeProvider time, CancellationToken ct) =>
                (await desk.RegisterOfAsync(ClerkOf(user), year ?? VietnamTime.Today(time).Year, ct)).Select(RegisterRow))
            .WithName("IncomingRegister").WithSummary("The agency's incoming register for a year, with documents awaiting registration first");
        group.MapGet("/registers/{kind}/export", async (string kind, int? year, string? format, ClaimsPrincipal user, DocumentDesk desk,
                IncomingDesk incoming, Registry.Contracts.IRegistryDirectory registry, TimeProvider time, CancellationToken ct) =>
            {
                if (kind is not ("outgoing" or "incoming") || format is not ("xlsx" or "pdf"))
                {
                    throw new ProblemException(DocumentDesk.Invalid, "Sổ: outgoing hoặc incoming; định dạng: xlsx hoặc pdf.",
                        new Dictionary<string, string[]> { ["format"] = ["Chọn xlsx hoặc pdf."] });
                }
                var clerk = ClerkOf(user);
                var today = VietnamTime.Today(time);
                var agency = (clerk.Agency is null ? null : await Registry.Contracts.AgencySuccession.InForceAsync(registry, clerk.Agency, today, ct))
                    ?? throw new ProblemException(DocumentDesk.NotYours, "Tài khoản không thuộc cơ quan nào đang hoạt động.");
                var y = year ?? today.Year;
                var table = kind == "outgoing"
                    ? Layout.Registers.Outgoing(agency.Name, y, await desk.OutgoingAsync(agency.ElectronicId, y, ct))
                    : Layout.Registers.Incoming(agency.Name, y, await incoming.RegisterOfAsync(clerk, y, ct));
                var name = $"so-van-ban-{(kind == "outgoing" ? "di" : "den")}-{y}.{format}";
                return format == "xlsx"
                    ? TypedResults.File(table.ToExcel(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)
                    : TypedResults.File(table.ToPdf(), "application/pdf", name);
            })
            .WithName("ExportRegister").WithSummary("The agency's outgoing or incoming register for a year as Excel (xlsx) or PDF");
        group.MapGet("/registers/outgoing", async (int? year, ClaimsPrincipal user, DocumentDesk desk, Registry.Contracts.IRegistryDirectory registry,
                TimeProvider time, CancellationToken ct) =>
            {
                var clerk = ClerkOf(user);
                var today = VietnamTime.Today(time);
                var agency = clerk.Agency is null ? null : await Registry.Contracts.AgencySuccession.InForceAsync(registry, clerk.Agency, today, ct);
                if (agency is null)
                {
                    throw new ProblemException(DocumentDesk.NotYours, "Tài khoản không thuộc cơ quan nào đang hoạt động.");
                }
                return (await desk.OutgoingAsync(agency.ElectronicId, year ?? today.Year, ct)).Select(Row);
            })
            .WithName("OutgoingRegister").WithSummary("The agency's outgoing register for a year (Appendix VI metadata)");
    }

    /// <summary>Lets Kestrel accept a body up to <paramref name="limit"/> (its default stops at about 28.6 MB); the read is still bounded.</summary>
    internal static void AllowBody(HttpRequest request, long limit)
    {
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes: a larger body is refused (<paramref name="tooLarge"/>) rather than held whole.</summary>
    internal static async Task<byte[]> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken, ProblemType? tooLarge = null)
    {
        var refusal = new ProblemException(tooLarge ?? IncomingDesk.Refused, $"Nội dung gửi lên vượt quá {limit / 1024 / 1024} MB.");
        if (request.ContentLength > limit)
        {
            throw refusal;
        }
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > limit)
            {
                throw refusal;
            }
            body.Write(buffer, 0, read);
        }
        return body.ToArray();
    }

    internal static Clerk ClerkOf(ClaimsPrincipal user)
    {
        var official = LienThong.BuildingBlocks.Security.SignedInOfficial.Of(user);
        return new(official.UserName, official.Agency, official.Roles);
    }

    private static DocumentView View(OfficialDocument d) => new(d.Id, d.Agency, d.TypeCode, d.Subject, d.Status.ToString(),
        d.Number is { } n ? Numbering.Notation.NumberLine(n, d.Notation!) : null, d.IssuedOn, d.Signer, d.CreatedBy,
        System.Text.Json.JsonSerializer.Deserialize<List<DocumentNote>>(d.History, System.Text.Json.JsonSerializerOptions.Web) ?? []);

    private static OutgoingRow Row(OfficialDocument d) => new(d.Agency, d.Year!.Value, DocumentTypes.Find(d.TypeCode)!.Name,
        Numbering.Notation.Number(d.Number!.Value), d.Notation!, d.IssuedOn!.Value, d.AgencyName, d.Subject, "Tiếng Việt",
        PageCount(d.Pdf), $"{d.SignerCompetence} {d.SignerTitle}".Trim(), d.SignerName, DocumentDesk.Read(d.Recipients),
        d.Urgency switch { "KHẨN" => 1, "THƯỢNG KHẨN" => 2, "HỎA TỐC" => 3, _ => 0 }, 1, d.DueDate, d.Series);

    private static IncomingRow Incoming(IncomingDocument i) => Incoming(i, withHistory: true);

    private static IncomingRow RegisterRow(IncomingDocument i) => Incoming(i, withHistory: false);

    private static IncomingRow Incoming(IncomingDocument i, bool withHistory) => new(i.Id, i.DocumentId, i.FromOrganId, i.FromName, i.TypeName,
        i.CodeNumber, i.CodeNotation, i.PromulgationDate, i.Subject, i.ArrivalDate, i.ArrivalNumber, i.SignerPosition, i.SignerName, i.Priority,
        i.DueDate, i.Status, EdXml.EdXmlStatusCodes.NameOf(i.Status), i.AssignedTo, i.RecallReason, i.SupersededBy,
        withHistory ? Exchange.DocumentDispatch.Notes(i.History) : null);

    private static AttachmentView Attachment(DocumentAttachment a) => new(a.Id, a.Position, a.Name, a.Content.Length, a.Sealed);

    private static DeliveryView Delivery(DocumentDelivery d) => new(d.Recipient, d.RecipientName, d.MessageId, d.SentAt, d.Status,
        EdXml.EdXmlStatusCodes.NameOf(d.Status), d.StatusAt, Exchange.DocumentDispatch.Notes(d.History));

    private static int PageCount(byte[]? pdf) =>
        pdf is null ? 0 : System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?!s)").Count;
}
