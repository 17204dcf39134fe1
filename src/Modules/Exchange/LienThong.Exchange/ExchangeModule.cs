using LienThong.BuildingBlocks.Persistence;
using LienThong.BuildingBlocks.Problems;
using LienThong.Exchange.Contracts;
using LienThong.Exchange.Features;
using LienThong.Exchange.Gateway;
using LienThong.Exchange.MessageLog;
using LienThong.Exchange.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Exchange;

/// <summary>The interconnection gateway (LGSP): registry of the exchange, access rights, the call, message log, data tracker (README.md).</summary>
public static class ExchangeModule
{
    public static string MeterName => ExchangeMetrics.MeterName;

    /// <param name="background">False for the command line: no log writer or checkpoints running.</param>
    public static IServiceCollection AddExchangeModule(this IServiceCollection services, bool background = true)
    {
        services.AddOptions<ExchangeOptions>().BindConfiguration(ExchangeOptions.Section);
        services.AddModuleDbContext<ExchangeDbContext, SqliteExchangeDbContext, PostgresExchangeDbContext>(ExchangeDbContext.Module);
        services.AddHttpForwarder();
        services.AddSingleton<GatewayHttpClient>();
        services.AddSingleton<ProviderKey>();
        services.AddSingleton<ExchangeDirectory>();
        services.AddSingleton<MemberSuccessions>();
        services.AddSingleton<IExchangeClient, ExchangeClient>();
        services.AddSingleton<IExchangeOutbox, Delivery.ExchangeOutbox>();
        services.AddSingleton<SubjectProtector>();
        services.AddSingleton<ExchangeMetrics>();
        services.AddSingleton<MessageLogWriter>();
        services.AddSingleton<GatewayEndpoint>();
        services.AddSingleton<Delivery.OutboxDelivery>();
        services.AddScoped<ExchangeRegistry>();
        services.AddScoped<IExchangeRegistration>(sp => sp.GetRequiredService<ExchangeRegistry>());
        services.AddScoped<Checkpoints>();
        services.AddScoped<LogVerifier>();
        services.AddScoped<LogProofs>();
        services.AddScoped<DataTracker>();
        services.AddScoped<Monitoring>();
        services.AddScoped<IExchangeTraffic>(sp => sp.GetRequiredService<Monitoring>());
        services.AddScoped<IExchangeAdministration, ExchangeAdministration>();
        if (background)
        {
            services.AddHostedService(sp => sp.GetRequiredService<MessageLogWriter>());
            services.AddHostedService<CheckpointService>();
            services.AddHostedService(sp => sp.GetRequiredService<Delivery.OutboxDelivery>());
        }
        return services;
    }

    /// <param name="operatorPolicy">Platform operators (grants).</param>
    /// <param name="tokenPolicy">Bearer tokens only (the gateway, allowedMethods).</param>
    /// <param name="citizenPolicy">Signed-in citizens (the data tracker).</param>
    public static IEndpointRouteBuilder MapExchangeEndpoints(this IEndpointRouteBuilder app, string operatorPolicy, string tokenPolicy, string citizenPolicy)
    {
        foreach (var problem in ExchangeProblems.All)
        {
            ProblemTypes.Register(problem);
        }
        var operators = app.MapGroup("/api/exchange").WithTags("Exchange").RequireAuthorization(operatorPolicy);
        GrantEndpoints.Map(operators);
        Delivery.OutboxEndpoints.MapOperator(operators);
        ProblemTypes.Register(Delivery.OutboxEndpoints.NotFound);
        app.MapGet("/api/exchange/my-data", DataTracker.MineAsync).WithTags("Exchange").RequireAuthorization(citizenPolicy)
            .WithName("MyDataTracker").WithSummary("Ai đã sử dụng dữ liệu của tôi: exchanges whose data subject is the signed-in citizen");

        var x = app.MapGroup("/x").WithTags("Gateway");
        // The catalogue is public, as integrators read it before they have credentials.
        x.MapGet("/listClients", MetaserviceEndpoints.ListClientsAsync).AllowAnonymous().WithName("ListClients")
            .WithSummary("Members' subsystems on the exchange (id, name)");
        x.MapGet("/{instance}/{memberClass}/{member}/{subsystem}/listMethods", MetaserviceEndpoints.ListMethodsAsync).AllowAnonymous()
            .WithName("ListMethods").WithSummary("The services a subsystem publishes, with their data-catalogue entries");
        x.MapGet("/{instance}/{memberClass}/{member}/{subsystem}/allowedMethods", MetaserviceEndpoints.AllowedMethodsAsync)
            .RequireAuthorization(tokenPolicy).WithName("AllowedMethods").WithSummary("What the calling subsystem may call there, with purposes");
        x.MapGet("/messages/{id}", Delivery.OutboxEndpoints.StateAsync).RequireAuthorization(tokenPolicy).WithName("MessageState")
            .WithSummary("State of a message handed over for later delivery (Prefer: respond-async): pending, delivered or dead");
        x.MapGet("/{instance}/{memberClass}/{member}/{subsystem}/{service}/openapi.json", MetaserviceEndpoints.OpenApiAsync).AllowAnonymous()
            .WithName("ServiceOpenApi").WithSummary("The OpenAPI document of a service");
        x.Map("/{instance}/{memberClass}/{member}/{subsystem}/{service}/{**path}",
                (HttpContext context, string instance, string memberClass, string member, string subsystem, string service, string? path,
                    GatewayEndpoint gateway) => gateway.HandleAsync(context, instance, memberClass, member, subsystem, service, path))
            .RequireAuthorization(tokenPolicy).DisableAntiforgery().WithName("GatewayCall")
            .WithSummary("Call a service through the gateway (LienThong-Purpose, -Case, -User, -Subject, -Message-Id headers)");
        return app;
    }
}
