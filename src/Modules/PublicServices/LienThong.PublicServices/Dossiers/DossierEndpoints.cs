using System.Security.Claims;
using LienThong.BuildingBlocks.Identifiers;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Time;
using LienThong.PublicServices.Domain;
using LienThong.PublicServices.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace LienThong.PublicServices.Dossiers;

/// <summary>The dossier API: the citizen's (<c>/api/public-services/my/…</c>) and the officials' (<c>/api/public-services/dossiers/…</c>).</summary>
internal static class DossierEndpoints
{
    public sealed record NewDossier(string Procedure);

    /// <param name="Step">The step the official saw: when the dossier has moved on since, 409 and nothing changes.</param>
    public sealed record ActionRequest(string? Note, string? Reason, int? Days = null, string? Step = null);

    public sealed record ReuseRequest(Guid DocumentId);

    public sealed record FileView(Guid Id, string Component, string Source, string FileName, string ContentType, long Size, string Sha256, string? MessageId,
        DateTimeOffset AddedAt);

    public sealed record EventView(DateTimeOffset At, string Kind, string Actor, string? Agency, string? Step, double? BudgetDays, double? ElapsedSeconds,
        string? Detail);

    public sealed record LegView(string Leg, DateTimeOffset StartedAt, double Milliseconds, bool Succeeded, string? MessageId);

    public sealed record DossierView(Guid Id, string? Code, string ProcedureCode, string Status, string Channel, string? Agency, string ApplicantName,
        string? Step, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateOnly? Due, string? Deadline, string? SupplementRequest, long AmountDue,
        string Payment, string? PaymentReference, string? TaxNotice, string? Certificate, string? RefusalReason, string? Apology, int? Rating,
        IReadOnlyDictionary<string, string> Form, IReadOnlyList<FileView> Files, IReadOnlyList<EventView>? History, IReadOnlyList<LegView>? Legs);

    public sealed record Receipt(string Code, string ProcedureCode, string Agency, DateTimeOffset ReceivedAt, DateOnly? Appointment, string TrackingUrl,
        string QrCodePng);

    public sealed record StoredDocumentView(Guid Id, string EvidenceType, string Title, string Issuer, DateOnly IssuedOn, string FileName, long Size,
        string? SourceDossier);

    public sealed record LegMedian(string Leg, int Count, double MedianMilliseconds, double P90Milliseconds);

    public static void Map(IEndpointRouteBuilder app, string citizenPolicy, string officialPolicy)
    {
        var my = app.MapGroup("/api/public-services/my").WithTags("PublicServices").RequireAuthorization(citizenPolicy)
            .AddEndpointFilter<NoFormPosts>().AddEndpointFilter<ProblemExceptionFilter>().DisableAntiforgery();
        my.MapGet("/dossiers", async (ClaimsPrincipal user, CitizenDossiers dossiers, CancellationToken ct) =>
                (await dossiers.ListAsync(CitizenOf(user), ct)).Select(d => Summary(d)))
            .WithName("MyDossiers").WithSummary("The signed-in citizen's dossiers, drafts included, newest first");
        my.MapPost("/dossiers", async (NewDossier request, ClaimsPrincipal user, CitizenDossiers dossiers, CancellationToken ct) =>
            {
                var dossier = await dossiers.CreateDraftAsync(CitizenOf(user), request.Procedure ?? "", ct);
                return TypedResults.Created($"/api/public-services/my/dossiers/{dossier.Id}", Summary(dossier));
            })
            .WithName("CreateDraft").WithSummary("A draft for a procedure, pre-filled from the population register through the gateway");
        my.MapGet("/dossiers/{id:guid}", async (Guid id, ClaimsPrincipal user, CitizenDossiers dossiers, PublicServicesDbContext db, DossierClock clock,
                TimeProvider time, CancellationToken ct) => await FullAsync(await dossiers.OwnAsync(CitizenOf(user), id, ct), db, clock, time, ct))
            .WithName("MyDossier").WithSummary("One of the citizen's dossiers: status, appointment, files, history, legs");
        my.MapPut("/dossiers/{id:guid}/form", async (Guid id, Dictionary<string, string?> values, ClaimsPrincipal user, CitizenDossiers dossiers,
                CancellationToken ct) => TypedResults.Ok(new { errors = await dossiers.SaveFormAsync(CitizenOf(user), id, values, ct) }))
            .WithName("SaveDraftForm").WithSummary("Save the form as typed (kept even when not valid yet); returns the errors still to fix");
        my.MapPut("/dossiers/{id:guid}/components/{component}", async (Guid id, string component, string? name, HttpRequest request, ClaimsPrincipal user,
                CitizenDossiers dossiers, CancellationToken ct) =>
            {
                var content = await DossierFiles.ReadLimitedAsync(request.Body, request.ContentLength, ct);
                return View(await dossiers.UploadAsync(CitizenOf(user), id, component, name, content, ct));
            })
            .WithName("UploadComponent").WithSummary("Upload a component's file as the body (PDF, JPEG or PNG by content; at most 10 MB; ?name=file name)");
        my.MapPost("/dossiers/{id:guid}/components/{component}/reuse", async (Guid id, string component, ReuseRequest request, ClaimsPrincipal user,
                CitizenDossiers dossiers, CancellationToken ct) => View(await dossiers.ReuseAsync(CitizenOf(user), id, component, request.DocumentId, ct)))
            .WithName("ReuseComponent").WithSummary("Use a document of the citizen's store for a component (same evidence type)");
        my.MapPost("/dossiers/{id:guid}/components/{component}/fetch", async (Guid id, string component, ClaimsPrincipal user, CitizenDossiers dossiers,
                CancellationToken ct) => View(await dossiers.FetchAsync(CitizenOf(user), id, component, ct)))
            .WithName("FetchComponent").WithSummary("Read a component from the issuing register through the gateway (evidence broker)");
        my.MapGet("/dossiers/{id:guid}/preview", async (Guid id, ClaimsPrincipal user, CitizenDossiers dossiers, CancellationToken ct) =>
                await dossiers.PreviewAsync(CitizenOf(user), id, ct))
            .WithName("PreviewDossier").WithSummary("Everything that will be sent, what is missing, and the digest to consent to");
        my.MapPost("/dossiers/{id:guid}/submit", async (Guid id, SubmitRequest request, ClaimsPrincipal user, CitizenDossiers dossiers, HttpRequest http,
                CancellationToken ct) => ReceiptOf(await dossiers.SubmitAsync(CitizenOf(user), id, request, ct), http))
            .WithName("SubmitDossier").WithSummary("Submit with consent: the code, the appointment date and a QR code to track it");
        my.MapPost("/dossiers/{id:guid}/supplement", async (Guid id, SupplementAnswer answer, ClaimsPrincipal user, CitizenDossiers dossiers,
                CancellationToken ct) => Summary(await dossiers.AnswerSupplementAsync(CitizenOf(user), id, answer, ct)))
            .WithName("AnswerSupplement").WithSummary("Answer a supplement request (files uploaded first, changed values, a note); the clock restarts");
        my.MapPost("/dossiers/{id:guid}/payment", async (Guid id, ClaimsPrincipal user, CitizenDossiers dossiers, CancellationToken ct) =>
                Summary(await dossiers.PayAsync(CitizenOf(user), id, ct)))
            .WithName("PayDossier").WithSummary("Pay what is due online (once); for land transfers the tax system is told through the gateway");
        my.MapPost("/dossiers/{id:guid}/rating", async (Guid id, RatingRequest rating, ClaimsPrincipal user, CitizenDossiers dossiers, CancellationToken ct) =>
                Summary(await dossiers.RateAsync(CitizenOf(user), id, rating, ct)))
            .WithName("RateDossier").WithSummary("Satisfaction 1–5 once the dossier has ended");
        my.MapGet("/dossiers/{id:guid}/result", async (Guid id, ClaimsPrincipal user, CitizenDossiers dossiers, PublicServicesDbContext db, CancellationToken ct) =>
            {
                var dossier = await dossiers.OwnAsync(CitizenOf(user), id, ct);
                var result = await db.DossierFiles.AsNoTracking().FirstOrDefaultAsync(f => f.DossierId == dossier.Id && f.Source == "result", ct)
                    ?? throw new DossierProblemException(DossierProblems.WrongState, "Hồ sơ chưa có kết quả.");
                return TypedResults.File(result.Content, result.ContentType, result.FileName);
            })
            .WithName("DossierResult").WithSummary("The signed result (PDF, PAdES)");
        my.MapGet("/documents", async (ClaimsPrincipal user, PublicServicesDbContext db, CancellationToken ct) =>
            {
                var owner = CitizenOf(user).PersonalId;
                return await db.StoredDocuments.AsNoTracking().Where(d => d.Owner == owner).OrderByDescending(d => d.IssuedOn)
                    .Select(d => new StoredDocumentView(d.Id, d.EvidenceType, d.Title, d.Issuer, d.IssuedOn, d.FileName, d.Content.Length, d.SourceDossier))
                    .ToListAsync(ct);
            })
            .WithName("MyDocuments").WithSummary("Kho dữ liệu của tôi: documents issued or certified for the citizen, re-usable");

        var officials = app.MapGroup("/api/public-services").WithTags("PublicServices").RequireAuthorization(officialPolicy)
            .AddEndpointFilter<ProblemExceptionFilter>().DisableAntiforgery();
        officials.MapGet("/inbox", async (ClaimsPrincipal user, DossierWorkflow workflow, DossierClock clock, TimeProvider time, CancellationToken ct) =>
            {
                var today = VietnamTime.Today(time);
                var list = new List<DossierView>();
                foreach (var dossier in await workflow.InboxAsync(OfficialOf(user), ct))
                {
                    list.Add(Summary(dossier, (await clock.StatusAsync(today, dossier.Due, cancellationToken: ct)).ToString()));
                }
                return list;
            })
            .WithName("OfficialInbox").WithSummary("Dossiers waiting for the official's role in their agency, by appointment date, with the deadline status");
        officials.MapGet("/dossiers/{id:guid}", async (Guid id, ClaimsPrincipal user, DossierWorkflow workflow, PublicServicesDbContext db, DossierClock clock,
                TimeProvider time, CancellationToken ct) => await FullAsync(await workflow.ForOfficialAsync(OfficialOf(user), id, ct), db, clock, time, ct))
            .WithName("OfficialDossier").WithSummary("A dossier of the official's agency, with files, history and legs");
        officials.MapGet("/dossiers/{id:guid}/files/{file:guid}", async (Guid id, Guid file, ClaimsPrincipal user, DossierWorkflow workflow,
                PublicServicesDbContext db, CancellationToken ct) =>
            {
                var dossier = await workflow.ForOfficialAsync(OfficialOf(user), id, ct);
                var found = await db.DossierFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == file && f.DossierId == dossier.Id, ct)
                    ?? throw new DossierProblemException(DossierProblems.NotFound, "Không có tệp này trong hồ sơ.");
                return TypedResults.File(found.Content, found.ContentType, found.FileName);
            })
            .WithName("OfficialDossierFile").WithSummary("A file of the dossier");
        officials.MapPost("/dossiers/{id:guid}/advance", async (Guid id, ActionRequest request, ClaimsPrincipal user, DossierWorkflow workflow,
                CancellationToken ct) => Summary(await workflow.AdvanceAsync(OfficialOf(user), id, request.Note, ct, request.Step)))
            .WithName("AdvanceDossier")
            .WithSummary("Complete the current step: accept, hand over, approve and sign (leader), or return the result (last step)");
        officials.MapPost("/dossiers/{id:guid}/supplement-request", async (Guid id, ActionRequest request, ClaimsPrincipal user, DossierWorkflow workflow,
                CancellationToken ct) => Summary(await workflow.RequestSupplementAsync(OfficialOf(user), id, request.Reason, ct, request.Step)))
            .WithName("RequestSupplement").WithSummary("Ask the citizen for a supplement, saying exactly what and why; the clock stops");
        officials.MapPost("/dossiers/{id:guid}/refuse", async (Guid id, ActionRequest request, ClaimsPrincipal user, DossierWorkflow workflow,
                CancellationToken ct) => Summary(await workflow.RefuseAsync(OfficialOf(user), id, request.Reason, ct, request.Step)))
            .WithName("RefuseDossier").WithSummary("Refuse with reasons");
        officials.MapPost("/dossiers/{id:guid}/apology", async (Guid id, ActionRequest request, ClaimsPrincipal user, DossierWorkflow workflow,
                CancellationToken ct) => Summary(await workflow.ApologizeAsync(OfficialOf(user), id, request.Reason, request.Days ?? 2, ct)))
            .WithName("ApologizeForDelay").WithSummary("For an overdue dossier: the apology slip with a new appointment (working days from today)");
        officials.MapGet("/legs", async (DateOnly? from, DateOnly? to, string? procedure, PublicServicesDbContext db, TimeProvider time, CancellationToken ct) =>
                await MediansAsync(db, from ?? VietnamTime.Today(time).AddDays(-30), to ?? VietnamTime.Today(time), procedure, ct))
            .WithName("LegMedians").WithSummary("Median and 90th percentile machine time per leg (e.g. tax: slip sent → notice received) over a period");
    }

    public static async Task<IReadOnlyList<LegMedian>> MediansAsync(PublicServicesDbContext db, DateOnly from, DateOnly to, string? procedure,
        CancellationToken ct)
    {
        // At most a year, within dates the platform can have (a wild date is not an error worth a 500).
        (from, to) = (Clamp(from), Clamp(to));
        from = from > to.AddYears(-1) ? from : to.AddYears(-1);
        var start = VietnamTime.StartOf(from);
        var end = VietnamTime.StartOf(to.AddDays(1));
        var legs = await db.DossierLegs.AsNoTracking().Where(l => l.Succeeded && l.StartedAt >= start && l.StartedAt < end
                && (procedure == null || l.ProcedureCode == procedure))
            .Select(l => new { l.Leg, l.StartedAt, l.EndedAt }).ToListAsync(ct);
        return [.. legs.GroupBy(l => l.Leg).OrderBy(g => g.Key).Select(g =>
        {
            var ms = g.Select(l => (l.EndedAt - l.StartedAt).TotalMilliseconds).Order().ToList();
            return new LegMedian(g.Key, ms.Count, Percentile(ms, 0.5), Percentile(ms, 0.9));
        })];
    }

    private static DateOnly Clamp(DateOnly day) =>
        day < new DateOnly(2000, 1, 1) ? new DateOnly(2000, 1, 1) : day > new DateOnly(2100, 12, 31) ? new DateOnly(2100, 12, 31) : day;

    private static double Percentile(List<double> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return Math.Round(sorted[low] + (sorted[high] - sorted[low]) * (rank - low), 1);
    }

    internal static Citizen CitizenOf(ClaimsPrincipal user)
    {
        var pid = user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "";
        if (!PersonalIdNumber.IsValid(pid))
        {
            throw new DossierProblemException(DossierProblems.NotYours, "Phiên đăng nhập không có số định danh cá nhân hợp lệ.");
        }
        return new Citizen(pid, user.FindFirst("name")?.Value ?? user.Identity?.Name ?? "", user.FindFirst("address_unit")?.Value);
    }

    internal static Official OfficialOf(ClaimsPrincipal user)
    {
        var official = LienThong.BuildingBlocks.Security.SignedInOfficial.Of(user);
        return new(official.UserName, official.Agency, official.Roles);
    }

    private static Receipt ReceiptOf(Dossier dossier, HttpRequest http)
    {
        var tracking = TrackingUrl(http, dossier);
        return new Receipt(dossier.Code!, dossier.ProcedureCode, dossier.Agency!, dossier.SubmittedAt!.Value, dossier.Due, tracking, QrDataUrl(tracking));
    }

    internal static string TrackingUrl(HttpRequest http, Dossier dossier) => $"{http.Scheme}://{http.Host}/cong-dan/ho-so/{dossier.Id}";

    /// <summary>A QR code (PNG, as a data URL) for the receipt: scanning it opens the dossier's page.</summary>
    internal static string QrDataUrl(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }

    private static FileView View(DossierFile f) => new(f.Id, f.Component, f.Source, f.FileName, f.ContentType, f.Size, f.Sha256, f.MessageId, f.AddedAt);

    internal static DossierView Summary(Dossier d, string? deadline = null) => new(d.Id, d.Code, d.ProcedureCode, d.Status.ToString(), d.Channel, d.Agency,
        d.ApplicantName, d.Step, d.CreatedAt, d.SubmittedAt, d.Due, deadline, d.SupplementRequest, d.AmountDue, d.Payment, d.PaymentReference, d.TaxNotice,
        d.Certificate, d.RefusalReason, d.Apology, d.Rating, CitizenDossiers.Form(d), [], null, null);

    private static async Task<DossierView> FullAsync(Dossier d, PublicServicesDbContext db, DossierClock clock, TimeProvider time, CancellationToken ct)
    {
        var files = await db.DossierFiles.AsNoTracking().Where(f => f.DossierId == d.Id).OrderBy(f => f.AddedAt)
            .Select(f => new FileView(f.Id, f.Component, f.Source, f.FileName, f.ContentType, f.Size, f.Sha256, f.MessageId, f.AddedAt)).ToListAsync(ct);
        var events = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == d.Id).OrderBy(e => e.Id)
            .Select(e => new EventView(e.At, e.Kind, e.Actor, e.Agency, e.Step, e.BudgetDays, e.ElapsedSeconds, e.Detail)).ToListAsync(ct);
        var legs = (await db.DossierLegs.AsNoTracking().Where(l => l.DossierId == d.Id).OrderBy(l => l.Id).ToListAsync(ct))
            .Select(l => new LegView(l.Leg, l.StartedAt, Math.Round((l.EndedAt - l.StartedAt).TotalMilliseconds, 1), l.Succeeded, l.MessageId)).ToList();
        var deadline = DossierWorkflow.Active.Contains(d.Status)
            ? (await clock.StatusAsync(VietnamTime.Today(time), d.Due, cancellationToken: ct)).ToString()
            : null;
        return Summary(d, deadline) with { Files = files, History = events, Legs = legs };
    }
}
