using System.Security.Claims;
using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Problems;
using LienThong.Exchange.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Exchange.Delivery;

/// <summary>The state of stored messages: for their sender (<c>GET /x/messages/{id}</c>) and for operators (pending, dead letters, retry).</summary>
internal static class OutboxEndpoints
{
    public sealed record MessageState(string Id, string Consumer, string Service, string Path, string State, int Attempts, string? LastError,
        DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? DeliveredAt);

    public static readonly ProblemType NotFound = new("exchange/message-not-found", 404,
        "Không có thông điệp này", "No stored message with this id was sent by the calling subsystem.");

    public static async Task<Results<Ok<MessageState>, ProblemHttpResult>> StateAsync(string id, ClaimsPrincipal user, ExchangeDbContext db, CancellationToken ct)
    {
        var consumer = user.FindFirstValue("subsystem");
        var message = await db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && m.Consumer == consumer, ct);
        return message is null ? Problems.Of(NotFound, $"Không có thông điệp {id} của {consumer}.") : TypedResults.Ok(View(message));
    }

    public static void MapOperator(RouteGroupBuilder group)
    {
        group.MapGet("/outbox", async (string? state, ExchangeDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Outbox.AsNoTracking().Where(m => m.State == (state ?? OutboxMessage.Pending)).OrderBy(m => m.CreatedAt)
                    .Take(500).ToListAsync(ct)).Select(View)))
            .WithName("ListOutbox").WithSummary("Stored messages by state: pending, delivered or dead (the dead letters)");
        group.MapPost("/outbox/{id}/retry", RetryAsync).WithName("RetryMessage").WithSummary("Send a dead letter again (attempts start over)");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetryAsync(string id, ExchangeDbContext db, IAuditLog audit, ClaimsPrincipal user,
        HttpContext context, TimeProvider time, CancellationToken ct)
    {
        var retried = await RequeueAsync(db, id, time.GetUtcNow(), ct);
        await audit.RecordAsync(user.FindFirstValue("preferred_username") ?? user.Identity?.Name ?? "?", "exchange.message.retried",
            retried == 1 ? AuditOutcome.Success : AuditOutcome.Failure, id, context.Connection.RemoteIpAddress?.ToString(), null, ct);
        return retried == 1 ? TypedResults.NoContent() : Problems.Of(NotFound, $"Không có thư chết {id}.");
    }

    /// <summary>A dead letter back in the queue, its attempts starting over; 1 when there was one.</summary>
    public static Task<int> RequeueAsync(ExchangeDbContext db, string id, DateTimeOffset now, CancellationToken ct = default) =>
        db.Outbox.Where(m => m.Id == id && m.State == OutboxMessage.Dead).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, OutboxMessage.Pending).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, now)
            .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), ct);

    private static MessageState View(OutboxMessage m) =>
        new(m.Id, m.Consumer, m.Service, m.Path, m.State, m.Attempts, m.LastError, m.CreatedAt, m.NextAttemptAt, m.DeliveredAt);
}
