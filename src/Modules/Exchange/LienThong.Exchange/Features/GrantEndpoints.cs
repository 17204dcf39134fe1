using System.Security.Claims;
using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Problems;
using LienThong.Exchange.Domain;
using LienThong.Exchange.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Exchange.Features;

/// <summary>Access rights for platform operators: list, grant, revoke — every change in the audit log.</summary>
internal static class GrantEndpoints
{
    public static readonly ProblemType Refused = new("exchange/grant-refused", 400,
        "Không cấp hoặc thu hồi được quyền truy cập", "The access-right change cannot be carried out; `detail` says why. Nothing was changed.");

    public sealed record GrantRequest(string Consumer, string Service, IReadOnlyList<string> Purposes, string? Method, string? PathPrefix,
        DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo);

    public sealed record GrantView(int Id, string Consumer, string Service, string? Method, string? PathPrefix, IReadOnlyList<string> Purposes,
        DateTimeOffset ValidFrom, DateTimeOffset? ValidTo, DateTimeOffset? RevokedAt, string CreatedBy);

    public static void Map(RouteGroupBuilder group)
    {
        ProblemTypes.Register(Refused);
        group.MapGet("/grants", async (ExchangeDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Grants.AsNoTracking().OrderBy(g => g.Id).ToListAsync(ct)).Select(View)))
            .WithName("ListGrants").WithSummary("Access rights: consumer subsystem × service [× endpoint] × purposes × validity");
        group.MapPost("/grants", GrantAsync).WithName("AddGrant").WithSummary("Grant a consumer subsystem access to a service for purposes");
        group.MapPost("/grants/{id:int}/revoke", RevokeAsync).WithName("RevokeGrant").WithSummary("Revoke an access right (once)");
    }

    private static async Task<Results<Created<GrantView>, ProblemHttpResult>> GrantAsync(GrantRequest request, ExchangeRegistry registry,
        IAuditLog audit, ClaimsPrincipal user, HttpContext context, TimeProvider time, CancellationToken ct)
    {
        var (grant, error) = await registry.AddGrantAsync(request.Consumer ?? "", request.Service ?? "", request.Purposes ?? [], request.Method,
            request.PathPrefix, request.ValidFrom ?? time.GetUtcNow(), request.ValidTo, Actor(user), ct);
        await audit.RecordAsync(Actor(user), "exchange.grant.added", grant is null ? AuditOutcome.Failure : AuditOutcome.Success,
            $"{request.Consumer} → {request.Service}", context.Connection.RemoteIpAddress?.ToString(),
            error ?? string.Join(',', request.Purposes ?? []), ct);
        return grant is null ? Problems.Of(Refused, error!) : TypedResults.Created($"/api/exchange/grants/{grant.Id}", View(grant));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(int id, ExchangeRegistry registry, IAuditLog audit, ClaimsPrincipal user,
        HttpContext context, CancellationToken ct)
    {
        var error = await registry.RevokeGrantAsync(id, ct);
        await audit.RecordAsync(Actor(user), "exchange.grant.revoked", error is null ? AuditOutcome.Success : AuditOutcome.Failure,
            id.ToString(System.Globalization.CultureInfo.InvariantCulture), context.Connection.RemoteIpAddress?.ToString(), error, ct);
        return error is null ? TypedResults.NoContent() : Problems.Of(Refused, error);
    }

    private static GrantView View(AccessGrant g) =>
        new(g.Id, g.Consumer, g.Service, g.Method, g.PathPrefix, g.PurposeList, g.ValidFrom, g.ValidTo, g.RevokedAt, g.CreatedBy);

    private static string Actor(ClaimsPrincipal user) => user.FindFirstValue("preferred_username") ?? user.Identity?.Name ?? "?";
}
