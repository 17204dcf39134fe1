using System.Globalization;
using LienThong.BuildingBlocks.Persistence;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Time;
using LienThong.Indicators.CommunityTeams;
using LienThong.Indicators.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Indicators;

/// <summary>Indicators of the digital-transformation programme (see README.md): community digital technology teams so far.</summary>
public static class IndicatorsModule
{
    public static readonly ProblemType InvalidQuery = new("indicators/invalid-query", 400, "Tham số không hợp lệ",
        "A query parameter is missing or malformed; `errors` says which.");

    public static IServiceCollection AddIndicatorsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<IndicatorsDbContext, SqliteIndicatorsDbContext, PostgresIndicatorsDbContext>(IndicatorsDbContext.Module);
        services.AddScoped<CommunityTeamSeeder>();
        services.AddScoped<TeamCoverage>();
        ProblemTypes.Register(InvalidQuery);
        ProblemTypes.Register(TeamCoverage.UnknownProvince);
        return services;
    }

    /// <summary>The synthetic community teams of the reference province (first start; idempotent).</summary>
    public static Task<int> SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<CommunityTeamSeeder>().SeedIfEmptyAsync(cancellationToken);

    public static IEndpointRouteBuilder MapIndicatorsEndpoints(this IEndpointRouteBuilder app, string officialPolicy)
    {
        var group = app.MapGroup("/api/indicators").WithTags("Indicators").RequireAuthorization(officialPolicy)
            .AddEndpointFilter<ProblemExceptionFilter>();
        group.MapGet("/community-teams/coverage", async (string? at, string? province, TeamCoverage coverage, TimeProvider time, CancellationToken ct) =>
            {
                var day = VietnamTime.Today(time);
                if (at is not null && !DateOnly.TryParseExact(at, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                {
                    throw new ProblemException(InvalidQuery, "Ngày phải có dạng yyyy-MM-dd (ví dụ 2023-12-25).",
                        new Dictionary<string, string[]> { ["at"] = ["Nhập ngày dạng yyyy-MM-dd."] });
                }
                return TypedResults.Ok(await coverage.OnAsync(day, province ?? CommunityTeamSeeder.Province, ct));
            })
            .WithName("CommunityTeamCoverage")
            .WithSummary("Coverage of community digital technology teams on a date: district-level units and communes covered, teams, members");
        return app;
    }
}
