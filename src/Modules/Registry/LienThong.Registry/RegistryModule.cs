using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using LienThong.BuildingBlocks.Persistence;
using LienThong.BuildingBlocks.Problems;
using LienThong.Registry.Contracts;
using LienThong.Registry.Features;
using LienThong.Registry.Features.ImportRegistryData;
using LienThong.Registry.Features.SeedRegistry;
using LienThong.Registry.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Registry;

/// <summary>Administrative units, agencies and their successions (see README.md).</summary>
public static class RegistryModule
{
    public static IServiceCollection AddRegistryModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<RegistryDbContext, SqliteRegistryDbContext, PostgresRegistryDbContext>(
            RegistryDbContext.Module);
        foreach (var problem in RegistryProblems.All)
        {
            ProblemTypes.Register(problem);
        }
        services.AddScoped<IRegistryDirectory, RegistryDirectory>();
        services.AddScoped<RegistryImporter>();
        services.AddScoped<RegistrySeeder>();
        services.AddScoped<IRegistryAdministration, RegistryAdministration>();
        services.AddSingleton<Features.Calendar.CalendarCache>();
        services.AddScoped<IWorkingCalendar, Features.Calendar.WorkingCalendar>();
        services.AddScoped<Features.Calendar.CalendarSchedule>();
        return services;
    }

    public static IEndpointRouteBuilder MapRegistryEndpoints(this IEndpointRouteBuilder app, string operatorPolicy)
    {
        // Reference data of the state: public to read, like the statistics office list it comes from.
        var group = app.MapGroup("/api/registry").WithTags("Registry").AllowAnonymous();
        RegistryEndpoints.Map(group);
        Features.Calendar.CalendarEndpoints.MapReads(group);
        Features.Calendar.CalendarEndpoints.MapChanges(app.MapGroup("/api/registry").WithTags("Registry").RequireAuthorization(operatorPolicy));
        return app;
    }
}
