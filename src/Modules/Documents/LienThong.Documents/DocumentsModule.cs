using LienThong.BuildingBlocks.Persistence;
using LienThong.Documents.Domain;
using LienThong.Documents.Numbering;
using LienThong.Documents.Persistence;
using LienThong.Exchange.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Documents;

/// <summary>Official documents (see README.md): registers and numbering, drafting to issue, edXML exchange with status feedback, search.</summary>
public static class DocumentsModule
{
    /// <summary>The document system's answer to a delivered package: kept (with status 01 sent back) or returned (02, with why).</summary>
    public sealed record DeliveryReceipt(bool Accepted, Guid? Id, string? Status, string? Reason);

    public sealed record DocumentTemplatesView(string Source, IReadOnlyList<DocumentTemplate> Templates);

    public sealed record DocumentTypesView(string Source, IReadOnlyList<DocumentType> Types, IReadOnlyList<DocumentType> Copies);

    public static IServiceCollection AddDocumentsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<DocumentsDbContext, SqliteDocumentsDbContext, PostgresDocumentsDbContext>(DocumentsDbContext.Module);
        services.AddScoped<DocumentNumbering>();
        services.AddScoped<Drafting.DocumentDesk>();
        services.AddScoped<Drafting.DocumentPackages>();
        services.AddScoped<Drafting.IncomingDesk>();
        services.AddScoped<Exchange.DocumentExchange>();
        services.AddScoped<Exchange.DocumentDispatch>();
        services.AddScoped<Exchange.DocumentEvents>();
        services.AddScoped<LienThong.Documents.Contracts.IDocumentEventFeed>(sp => sp.GetRequiredService<Exchange.DocumentEvents>());
        foreach (var problem in new[] { Drafting.DocumentDesk.NotFound, Drafting.DocumentDesk.NotYours, Drafting.DocumentDesk.WrongState,
            Drafting.DocumentDesk.Invalid, Drafting.DocumentDesk.SigningFailed, Drafting.DocumentDesk.TooLarge, Drafting.IncomingDesk.Refused, Exchange.DocumentDispatch.StatusRefused,
            GatewayOnly.Refused })
        {
            LienThong.BuildingBlocks.Problems.ProblemTypes.Register(problem);
        }
        return services;
    }

    /// <summary>
    /// An issued document as an edXML package sealed with its agency's XML signature (for <c>lienthong edxml pack</c>);
    /// refusals as <see cref="LienThong.BuildingBlocks.Problems.ProblemException"/>.
    /// </summary>
    public static Task<byte[]> PackAsync(IServiceProvider services, string documentId, CancellationToken cancellationToken) =>
        services.GetRequiredService<Drafting.DocumentPackages>().SealedAsync(documentId, cancellationToken);

    /// <summary>Receives an edXML package for an agency (for <c>lienthong edxml import</c>); returns the arrival's identifier and DocumentId.</summary>
    public static async Task<(Guid Id, string DocumentId)> ImportAsync(IServiceProvider services, byte[] package, string agency, CancellationToken cancellationToken)
    {
        var incoming = await services.GetRequiredService<Drafting.IncomingDesk>().ReceiveAsync(package, agency, cancellationToken);
        return (incoming.Id, incoming.DocumentId);
    }

    /// <summary>Puts the document system's service on the exchange (idempotent); <paramref name="baseUrl"/> is where this host answers.</summary>
    public static Task SeedAsync(IServiceProvider services, Uri baseUrl, CancellationToken cancellationToken) =>
        Exchange.DocumentExchange.SeedAsync(services, baseUrl, cancellationToken);

    public static IEndpointRouteBuilder MapDocumentsEndpoints(this IEndpointRouteBuilder app, string officialPolicy)
    {
        Drafting.DocumentEndpoints.Map(app, officialPolicy);
        // The document system's service behind the gateway: only the gateway's signed deliveries reach it.
        // Only the document system itself sends here (another provider holding the gateway key cannot).
        var provider = app.MapGroup(Exchange.DocumentExchange.BasePath).WithTags("Documents").AllowAnonymous().AddEndpointFilter<GatewayOnly>()
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.Request.Headers[ExchangeHeaders.Consumer] == Exchange.DocumentExchange.Consumer
                    ? await next(context)
                    : LienThong.BuildingBlocks.Problems.Problems.Of(GatewayOnly.Refused, "Chỉ hệ thống quản lý văn bản gửi gói tin và trạng thái văn bản."))
            .AddEndpointFilter<LienThong.BuildingBlocks.Problems.ProblemExceptionFilter>().DisableAntiforgery().ExcludeFromDescription();
        provider.MapPost("/goi-tin/{agency}", async (string agency, HttpRequest request, Drafting.IncomingDesk desk, CancellationToken ct) =>
            {
                Drafting.DocumentEndpoints.AllowBody(request, EdXml.EdXmlLimits.Default.MaxPackageBytes);
                var package = await Drafting.DocumentEndpoints.ReadBodyAsync(request, EdXml.EdXmlLimits.Default.MaxPackageBytes, ct);
                var (incoming, refusal) = await desk.ReceiveDeliveredAsync(package, agency, request.Headers[ExchangeHeaders.MessageId].ToString(), ct);
                return TypedResults.Ok(new DeliveryReceipt(refusal is null, incoming?.Id, incoming?.Status, refusal));
            })
            .WithName("DeliverPackage");
        provider.MapPost("/trang-thai/{agency}", async (string agency, HttpRequest request, Exchange.DocumentDispatch dispatch, CancellationToken ct) =>
            {
                var message = await Drafting.DocumentEndpoints.ReadBodyAsync(request, 1024 * 1024, ct);
                await dispatch.ApplyStatusAsync(agency, message, request.Headers[ExchangeHeaders.MessageId].ToString(), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeliverStatus");
        app.MapGet("/api/documents/templates", () => TypedResults.Ok(new DocumentTemplatesView(DocumentTemplates.Source, DocumentTemplates.All)))
            .WithTags("Documents").RequireAuthorization(officialPolicy).WithName("DocumentTemplates")
            .WithSummary("Drafting templates (công văn, quyết định, tờ trình, báo cáo, thông báo, giấy mời): POST /api/documents with \"template\": key");
        // Reference data of Decree 30/2020/NĐ-CP: public, like the decree.
        app.MapGet("/api/documents/types", () => TypedResults.Ok(new DocumentTypesView(DocumentTypes.Source, DocumentTypes.All, DocumentTypes.Copies)))
            .WithTags("Documents").AllowAnonymous().WithName("DocumentTypes")
            .WithSummary("The 29 administrative document types and the copy forms with their abbreviations (Decree 30/2020/NĐ-CP)");
        return app;
    }
}
