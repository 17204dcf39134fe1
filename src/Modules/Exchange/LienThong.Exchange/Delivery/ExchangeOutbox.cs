using System.Data.Common;
using LienThong.Exchange.Contracts;
using LienThong.Exchange.Gateway;
using LienThong.Exchange.MessageLog;
using LienThong.Exchange.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LienThong.Exchange.Delivery;

/// <summary>
/// Writes the outbox row through the sender's own connection and transaction (a context bound to them for this one
/// insert), after the same access checks as the gateway's. <see cref="OutboxDelivery"/> sends it once committed.
/// </summary>
internal sealed class ExchangeOutbox(ExchangeDirectory directory, SubjectProtector subjects, TimeProvider time) : IExchangeOutbox
{
    public async Task<string> EnqueueAsync(DbTransaction transaction, ExchangeCall call, byte[] body, string contentType = "application/json",
        CancellationToken cancellationToken = default)
    {
        var id = call.MessageId ?? Guid.NewGuid().ToString();
        var path = call.Path.StartsWith('/') ? call.Path : "/" + call.Path;
        if (ExchangeRequestRules.Problem(id, call.Purpose, call.Case, call.Subject, call.User, path) is { } invalid)
        {
            throw Refused(ExchangeProblems.InvalidRequest, invalid);
        }
        var pathOnly = path.Split('?', 2)[0];
        var snapshot = await directory.GetAsync(cancellationToken);
        if (!snapshot.Services.TryGetValue(call.Service, out var target))
        {
            throw Refused(ExchangeProblems.UnknownService, $"Không có dịch vụ {call.Service}.");
        }
        if (snapshot.Refusal(call.Consumer, call.Service, target, call.Method.Method, pathOnly, call.Purpose, time.GetUtcNow()) is { } refusal)
        {
            throw Refused(refusal.Type, refusal.Detail);
        }
        await using var db = Bound(transaction.Connection ?? throw new ArgumentException("The transaction has no connection.", nameof(transaction)));
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        db.Outbox.Add(new OutboxMessage
        {
            Id = id, Consumer = call.Consumer, Service = call.Service, ProviderUrl = target.ProviderUrl, Method = call.Method.Method, Path = path,
            Purpose = call.Purpose, Case = call.Case, User = call.User, SubjectKey = call.Subject is { } s ? subjects.KeyOf(s) : null,
            SubjectSealed = call.Subject is { } subject ? subjects.Seal(subject) : null, ContentType = contentType, Body = body,
            NextAttemptAt = time.GetUtcNow(), CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    private static ExchangeDbContext Bound(DbConnection connection) => connection switch
    {
        SqliteConnection sqlite => new SqliteExchangeDbContext(new DbContextOptionsBuilder<SqliteExchangeDbContext>().UseSqlite(sqlite).Options),
        NpgsqlConnection postgres => new PostgresExchangeDbContext(new DbContextOptionsBuilder<PostgresExchangeDbContext>().UseNpgsql(postgres).Options),
        _ => throw new NotSupportedException($"{connection.GetType().Name} is not a platform database connection."),
    };

    private static ExchangeRefusedException Refused(LienThong.BuildingBlocks.Problems.ProblemType type, string detail) =>
        new(type.Uri, type.Status, detail);
}
