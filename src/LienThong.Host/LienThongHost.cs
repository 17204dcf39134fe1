using System.Text.Encodings.Web;
using System.Text.Unicode;
using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Hosting;
using LienThong.BuildingBlocks.Persistence;
using LienThong.BuildingBlocks.Problems;
using LienThong.Host.Components;
using LienThong.Host.Startup;
using LienThong.AgencySystems;
using LienThong.Exchange;
using LienThong.PublicServices;
using LienThong.Documents;
using LienThong.Indicators;
using LienThong.Identity;
using LienThong.Registry;
using LienThong.Trust;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Scalar.AspNetCore;

namespace LienThong.Host;

/// <summary>Composes the modules into one web application; the CLI builds the same one without serving.</summary>
internal static class LienThongHost
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args, string? dataDirectory, bool forCommandLine = false, bool migrateOnStart = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Run from anywhere (`dotnet run --project …` keeps the caller's folder): read appsettings
            // next to the binary unless a content root is given explicitly (the test host does).
            ContentRootPath = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
                || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null ? null : AppContext.BaseDirectory,
        });
        if (dataDirectory is not null)
        {
            builder.Configuration[DataDirectory.ConfigurationKey] = dataDirectory;
        }
        if (migrateOnStart)
        {
            builder.Configuration["Persistence:MigrateOnStart"] = "true";
        }
        if (builder.Configuration["urls"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        if (forCommandLine)
        {
            // Standard output belongs to the command's result (e.g. --json); logs go to standard error.
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        var services = builder.Services;
        services.AddOptions<PersistenceOptions>().BindConfiguration(PersistenceOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PersistenceOptions>, PersistenceOptionsValidator>();
        services.AddSingleton<DataDirectory>();
        services.AddSingleton(sp => DatabaseConnection.From(
            sp.GetRequiredService<IOptions<PersistenceOptions>>().Value, sp.GetRequiredService<DataDirectory>().Path));
        services.AddSingleton(TimeProvider.System);
        // Antiforgery and cookie keys live in the data folder, so restarts keep them.
        services.AddDataProtection().SetApplicationName("LienThong");
        services.AddAntiforgery(o => o.Cookie.Name = "lienthong.antiforgery");
        services.AddOptions<KeyManagementOptions>().Configure<DataDirectory, ILoggerFactory>((o, data, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(Path.Combine(data.Path, "keys")), logs));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDefaults.Apply);
        services.AddAuditLog();
        services.AddRegistryModule();
        services.AddIdentityModule();
        services.AddTrustModule();
        services.AddExchangeModule(background: !forCommandLine);
        services.AddPublicServicesModule();
        services.AddDocumentsModule();
        services.AddIndicatorsModule();
        services.AddAgencySystems();
        services.AddCascadingAuthenticationState();
        services.AddScoped<DatabaseStartup>();
        if (!forCommandLine)
        {
            // First of the hosted services (they start in order): the modules' background workers (outbox delivery,
            // message log, checkpoints) start on a migrated, seeded database.
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseStartupService>());
            services.AddHostedService<BundledVNeIdService>();
            services.AddHostedService<CertificateEnrolmentService>();
        }
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "LienThong API";
            document.Info.Description = "Nền tảng số tỉnh LienThong — lỗi theo RFC 9457, xem /problems.";
            return Task.CompletedTask;
        }));
        services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(ExchangeModule.MeterName).AddPrometheusExporter());
        services.AddRazorComponents();
        // Vietnamese text is sent as UTF-8, not as numeric character references (pages 2–3× smaller).
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The machine lanes: the gateway (/x/…), where agency systems authenticate with their bearer token in each endpoint's
        // policy, and the reference member systems (/he-thong/…), which accept only the gateway's signature. Sign-in
        // cookies, the OAuth server's per-request handling and antiforgery have nothing to do there (a tenth of a call's cost).
        static bool Web(HttpContext c) => !c.Request.Path.StartsWithSegments("/x") && !c.Request.Path.StartsWithSegments("/he-thong");
        app.UseWhen(Web, web => web.UseAuthentication());
        app.UseAuthorization();
        app.UseWhen(Web, web => web.UseAntiforgery());
        // Pages: the antiforgery cookie goes out with the headers, before Blazor starts writing the page. Made later, while
        // rendering a form, it could no longer be set once the response had begun, and the form's post then failed with 400.
        app.UseWhen(c => Web(c) && HttpMethods.IsGet(c.Request.Method) && !c.Request.Path.StartsWithSegments("/api")
                && c.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal),
            page => page.Use((context, next) =>
            {
                context.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>().GetAndStoreTokens(context);
                return next(context);
            }));
        // Deny by default (IdentityPolicies): each endpoint below is public on purpose, or names its policy.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("LienThong API")).AllowAnonymous();
        // Scraped from inside the province network; restrict at the network edge, not with a token.
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        app.MapProblemTypes();
        app.MapRegistryEndpoints(IdentityPolicies.PlatformOperator);
        app.MapIdentityEndpoints();
        app.MapTrustEndpoints(IdentityPolicies.PlatformOperator, IdentityPolicies.Authenticated);
        app.MapExchangeEndpoints(IdentityPolicies.PlatformOperator, Identity.Contracts.PolicyNames.ApiToken, IdentityPolicies.Citizen);
        app.MapAgencySystems();
        app.MapPublicServicesEndpoints(IdentityPolicies.PlatformOperator, IdentityPolicies.Citizen, IdentityPolicies.Official);
        app.MapDocumentsEndpoints(IdentityPolicies.Official);
        app.MapIndicatorsEndpoints(IdentityPolicies.Official);
        app.MapRazorComponents<App>().AddAdditionalAssemblies(ModulePages.Assemblies).Add(builder =>
        {
            // Blazor's own redirect helper carries no user data; pages declare their policy themselves.
            if (builder is RouteEndpointBuilder { RoutePattern.RawText: "/_framework/opaque-redirect" })
            {
                builder.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        return app;
    }
}
