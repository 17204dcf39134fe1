using LienThong.Trust.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LienThong.Trust.Features;

/// <summary><c>GET /api/trust/coverage[?at=yyyy-MM-dd]</c>: agencies and officials able to sign (see <see cref="ISignatureCoverage"/>).</summary>
internal static class CoverageEndpoint
{
    public static void Map(IEndpointRouteBuilder app, string policy) =>
        app.MapGet("/api/trust/coverage", async Task<Ok<CoverageReport>> (DateOnly? at, ISignatureCoverage coverage, CancellationToken ct) =>
                TypedResults.Ok(await coverage.ReportAsync(at, ct)))
            .WithTags("Trust").RequireAuthorization(policy)
            .WithName("SignatureCoverage")
            .WithSummary("Agencies with a valid seal certificate (N/N, %, by level) and signing officials with a personal one");
}
