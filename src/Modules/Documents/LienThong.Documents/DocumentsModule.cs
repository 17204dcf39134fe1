using LienThong.BuildingBlocks.Persistence;
using LienThong.Documents.Domain;
using LienThong.Documents.Numbering;
using LienThong.Documents.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Documents;

/// <summary>Official documents (see README.md): document types, numbering and notation so far.</summary>
public static class DocumentsModule
{
    public sealed record DocumentTypesView(string Source, IReadOnlyList<DocumentType> Types, IReadOnlyList<DocumentType> Copies);

    public static IServiceCollection AddDocumentsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<DocumentsDbContext, SqliteDocumentsDbContext, PostgresDocumentsDbContext>(DocumentsDbContext.Module);
        services.AddScoped<DocumentNumbering>();
        services.AddScoped<Drafting.DocumentDesk>();
        services.AddScoped<Drafting.DocumentPackages>();
        services.AddScoped<Drafting.IncomingDesk>();
        foreach (var problem in new[] { Drafting.DocumentDesk.NotFound, Drafting.DocumentDesk.NotYours, Drafting.DocumentDesk.WrongState,
            Drafting.DocumentDesk.Invalid, Drafting.DocumentDesk.SigningFailed, Drafting.IncomingDesk.Refused })
        {
            LienThong.BuildingBlocks.Problems.ProblemTypes.Register(problem);
        }
        return services;
    }

    /// <summary>An issued document as an edXML package (for <c>lienthong edxml pack</c>); refusals as <see cref="LienThong.BuildingBlocks.Problems.ProblemException"/>.</summary>
    public static async Task<byte[]> PackAsync(IServiceProvider services, string documentId, CancellationToken cancellationToken) =>
        EdXml.EdXmlWriter.Build(await services.GetRequiredService<Drafting.DocumentPackages>().PackAsync(documentId, cancellationToken));

    /// <summary>Receives an edXML package for an agency (for <c>lienthong edxml import</c>); returns the arrival's identifier and DocumentId.</summary>
    public static async Task<(Guid Id, string DocumentId)> ImportAsync(IServiceProvider services, byte[] package, string agency, CancellationToken cancellationToken)
    {
        var incoming = await services.GetRequiredService<Drafting.IncomingDesk>().ReceiveAsync(package, agency, cancellationToken);
        return (incoming.Id, incoming.DocumentId);
    }

    public static IEndpointRouteBuilder MapDocumentsEndpoints(this IEndpointRouteBuilder app, string officialPolicy)
    {
        Drafting.DocumentEndpoints.Map(app, officialPolicy);
        // Reference data of Decree 30/2020/NĐ-CP: public, like the decree.
        app.MapGet("/api/documents/types", () => TypedResults.Ok(new DocumentTypesView(DocumentTypes.Source, DocumentTypes.All, DocumentTypes.Copies)))
            .WithTags("Documents").AllowAnonymous().WithName("DocumentTypes")
            .WithSummary("The 29 administrative document types and the copy forms with their abbreviations (Decree 30/2020/NĐ-CP)");
        return app;
    }
}
