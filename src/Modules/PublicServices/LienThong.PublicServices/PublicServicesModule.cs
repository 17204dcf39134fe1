using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Persistence;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Time;
using LienThong.PublicServices.Catalogue;
using LienThong.PublicServices.Domain;
using LienThong.PublicServices.Dossiers;
using LienThong.PublicServices.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.PublicServices;

/// <summary>Public services: the procedure catalogue and dossiers (see README.md).</summary>
public static class PublicServicesModule
{
    public static readonly ProblemType UnknownProcedure = new("public-services/unknown-procedure", 404,
        "Không có thủ tục hành chính này", "No procedure of the catalogue has this code on that date.");

    public static IServiceCollection AddPublicServicesModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<PublicServicesDbContext, SqlitePublicServicesDbContext, PostgresPublicServicesDbContext>(PublicServicesDbContext.Module);
        ProblemTypes.Register(UnknownProcedure);
        services.AddScoped<ProcedureCatalogue>();
        services.AddScoped<DossierCodes>();
        services.AddScoped<DossierClock>();
        services.AddScoped<IProcedurePrefill, ProcedurePrefill>();
        foreach (var problem in DossierProblems.All)
        {
            ProblemTypes.Register(problem);
        }
        services.AddScoped<ReceivingAgencies>();
        services.AddScoped<DossierHistory>();
        services.AddScoped<LienThong.PublicServices.Contracts.IDossierEventFeed>(sp => sp.GetRequiredService<DossierHistory>());
        services.AddScoped<LandTaxLegs>();
        services.AddScoped<DossierWorkflow>();
        services.AddScoped<CitizenDossiers>();
        services.AddSingleton<IPaymentProvider, SimulatedPaymentProvider>();
        services.AddSingleton<TaxFollowUp>();
        services.AddHostedService(sp => sp.GetRequiredService<TaxFollowUp>());
        return services;
    }

    /// <summary>Loads the catalogue's reference procedures that are missing; safe to repeat.</summary>
    public static async Task<int> SeedAsync(IServiceProvider services, bool includeDemo, CancellationToken cancellationToken)
    {
        var added = await services.GetRequiredService<ProcedureCatalogue>().SeedAsync(cancellationToken);
        if (includeDemo)
        {
            await DemoDocuments.SeedAsync(services.GetRequiredService<PublicServicesDbContext>(), services.GetRequiredService<TimeProvider>(), cancellationToken);
        }
        return added;
    }

    public sealed record ProcedureSummary(string Code, string Name, string Field, string Level, int TimeLimitDays, DateOnly ValidFrom, DateOnly? ValidTo);

    public static IEndpointRouteBuilder MapPublicServicesEndpoints(this IEndpointRouteBuilder app, string operatorPolicy, string citizenPolicy,
        string officialPolicy)
    {
        DossierEndpoints.Map(app, citizenPolicy, officialPolicy);
        // The catalogue is public, as on the national public service portal.
        var group = app.MapGroup("/api/public-services").WithTags("PublicServices").AllowAnonymous();
        group.MapGet("/procedures", async (string? q, DateOnly? at, ProcedureCatalogue catalogue, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok((await catalogue.SearchAsync(q, at ?? VietnamTime.Today(time), ct)).Select(p => Summary(p, p.Read()))))
            .WithName("SearchProcedures").WithSummary("Procedures in force on a date, by code or name (with or without diacritics)");
        group.MapGet("/procedures/{code}", async Task<Results<Ok<ProcedureView>, ProblemHttpResult>> (string code, DateOnly? at, ProcedureCatalogue catalogue,
                TimeProvider time, CancellationToken ct) =>
            {
                var day = at ?? VietnamTime.Today(time);
                if (await catalogue.FindAsync(code, day, ct) is not { } procedure)
                {
                    return Problems.Of(UnknownProcedure, $"Không có thủ tục {code} hiệu lực ngày {day:dd/MM/yyyy}.");
                }
                var definition = procedure.Read();
                return TypedResults.Ok(new ProcedureView(Summary(procedure, definition), definition));
            })
            .WithName("GetProcedure").WithSummary("One procedure: components, form, steps with budgets, fees, legal basis");
        group.MapPost("/procedures/{code}/check", async Task<Results<Ok<FormCheck>, ProblemHttpResult>> (string code,
                Dictionary<string, string?> values, ProcedureCatalogue catalogue, TimeProvider time, CancellationToken ct) =>
            {
                if (await catalogue.FindAsync(code, VietnamTime.Today(time), ct) is not { } procedure)
                {
                    return Problems.Of(UnknownProcedure, $"Không có thủ tục {code} đang hiệu lực.");
                }
                var errors = FormRules.Check(procedure.Read().Form, values);
                return errors.Count == 0 ? TypedResults.Ok(new FormCheck(true)) : Problems.Invalid(errors);
            })
            .WithName("CheckApplicationForm").WithSummary("Check an application form's values against the procedure's form (errors by field)");
        app.MapPost("/api/public-services/procedures", AddVersionAsync).WithTags("PublicServices").RequireAuthorization(operatorPolicy)
            .WithName("AddProcedureVersion").WithSummary("Add a version of a procedure (the previous one ends the day before); checked, audited")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/public-services/procedures/{code}/prefill", async (string code, System.Security.Claims.ClaimsPrincipal user, IProcedurePrefill prefill,
                CancellationToken ct) => TypedResults.Ok(await prefill.PrefillAsync(code, user.FindFirst("sub")?.Value ?? "", ct)))
            .WithTags("PublicServices").RequireAuthorization(citizenPolicy).WithName("PrefillApplication")
            .WithSummary("The signed-in citizen's form values from the population register, read through the gateway (declare once)");
        return app;
    }

    private static async Task<Results<Created<ProcedureSummary>, ProblemHttpResult>> AddVersionAsync(ProcedureInput input, ProcedureCatalogue catalogue,
        IAuditLog audit, System.Security.Claims.ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        var (added, errors) = await catalogue.AddVersionAsync(input, ct);
        var actor = user.FindFirst("preferred_username")?.Value ?? user.Identity?.Name ?? "?";
        await audit.RecordAsync(actor, "publicservices.procedure.versioned", added is null ? AuditOutcome.Failure : AuditOutcome.Success,
            input.Code, context.Connection.RemoteIpAddress?.ToString(),
            added is null ? string.Join("; ", errors.SelectMany(e => e.Value)) : $"từ {added.ValidFrom:yyyy-MM-dd}", ct);
        return added is null
            ? Problems.Invalid(errors)
            : TypedResults.Created($"/api/public-services/procedures/{added.Code}?at={added.ValidFrom:yyyy-MM-dd}", Summary(added, added.Read()));
    }

    public sealed record FormCheck(bool Valid);

    internal sealed record ProcedureView(ProcedureSummary Procedure, ProcedureDefinition Definition);

    private static ProcedureSummary Summary(Procedure p, ProcedureDefinition d) =>
        new(p.Code, p.Name, p.Field, p.Level, d.TimeLimitDays, p.ValidFrom, p.ValidTo);
}
