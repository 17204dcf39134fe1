using System.Data.Common;
using System.Text;
using LienThong.AgencySystems.Persistence;
using LienThong.BuildingBlocks.Persistence;
using LienThong.Exchange.Contracts;
using LienThong.Exchange.Delivery;
using LienThong.Exchange.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LienThong.Exchange.Tests;

/// <summary>
/// The outbox in the sender's own transaction: the sender's change and its message are kept together or not at all;
/// a refused message stores nothing.
/// </summary>
public abstract class TransactionalOutboxTests(GatewayHost host)
{
    private const string Notifications = "VN-QNA/GOV/000.00.00.G01/CSDLQGDC/thong-bao-bien-dong";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ExchangeCall Notice(string consumer, string path = "/thong-bao") =>
        new(consumer, Notifications, HttpMethod.Post, path, "1.001193", Case: "000.00.00.H47-261126-0007", Subject: "049085001234");

    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"loai":"khai-sinh","tre":"Trần Thị Bé"}""");

    /// <summary>A sender with its own table, changing it and handing over a message in one transaction.</summary>
    private async Task<(string? MessageId, Exception? Error)> SendAsync(string consumer, string change, bool commit, string path = "/thong-bao")
    {
        var database = host.Services.GetRequiredService<DatabaseConnection>();
        await using DbConnection connection = database.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(database.ConnectionString) : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS test_sender_changes (change VARCHAR(100) PRIMARY KEY)";
            await create.ExecuteNonQueryAsync(Ct);
        }
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO test_sender_changes (change) VALUES (@change)";
            var parameter = insert.CreateParameter();
            (parameter.ParameterName, parameter.Value) = ("@change", change);
            insert.Parameters.Add(parameter);
            await insert.ExecuteNonQueryAsync(Ct);
        }
        try
        {
            var id = await host.Services.GetRequiredService<IExchangeOutbox>().EnqueueAsync(transaction, Notice(consumer, path), Body, cancellationToken: Ct);
            if (commit)
            {
                await transaction.CommitAsync(Ct);
            }
            else
            {
                await transaction.RollbackAsync(Ct);
            }
            return (id, null);
        }
        catch (ExchangeRefusedException e)
        {
            await transaction.RollbackAsync(Ct);
            return (null, e);
        }
    }

    private async Task<bool> ChangeKeptAsync(string change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ExchangeDbContext>();
        return await db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM test_sender_changes WHERE change = {change}").AnyAsync(Ct);
    }

    private async Task<OutboxMessage?> OutboxRowAsync(string id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ExchangeDbContext>().Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, Ct);
    }

    [Fact]
    public async Task Committed_TheChangeAndTheMessageAreKept_AndTheMessageIsDeliveredOnce()
    {
        host.Database.RequireAvailable();
        var change = "commit-" + Guid.NewGuid().ToString("N");

        var (id, error) = await SendAsync(GatewayHost.Portal, change, commit: true);

        Assert.Null(error);
        Assert.True(await ChangeKeptAsync(change));
        for (var i = 0; i < 100 && (await OutboxRowAsync(id!))?.State != OutboxMessage.Delivered; i++)
        {
            await Task.Delay(100, Ct);
        }
        Assert.Equal(OutboxMessage.Delivered, (await OutboxRowAsync(id!))?.State);
        await using var scope = host.Services.CreateAsyncScope();
        var received = await scope.ServiceProvider.GetRequiredService<PopulationDbContext>().Notifications.CountAsync(n => n.MessageId == id, Ct);
        Assert.Equal(1, received);
        var logged = await scope.ServiceProvider.GetRequiredService<ExchangeDbContext>().LogRecords.Where(r => r.MessageId == id).ToListAsync(Ct);
        Assert.Equal(("delivered", "1.001193"), (Assert.Single(logged).Outcome, logged[0].Purpose));
    }

    [Fact]
    public async Task RolledBack_NeitherTheChangeNorTheMessageRemains()
    {
        host.Database.RequireAvailable();
        var change = "rollback-" + Guid.NewGuid().ToString("N");

        var (id, error) = await SendAsync(GatewayHost.Portal, change, commit: false);

        Assert.Null(error);
        Assert.False(await ChangeKeptAsync(change));
        Assert.Null(await OutboxRowAsync(id!));
    }

    [Fact]
    public async Task WithoutAGrant_TheMessageIsRefused_AndNothingIsStored()
    {
        host.Database.RequireAvailable();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ExchangeDbContext>();
        var before = await db.Outbox.CountAsync(Ct);

        var (id, error) = await SendAsync(GatewayHost.Lgsp, "refused-" + Guid.NewGuid().ToString("N"), commit: true);

        Assert.Null(id);
        var refused = Assert.IsType<ExchangeRefusedException>(error);
        Assert.Equal(("/problems/exchange/access-denied", 403), (refused.ProblemType, refused.Status));
        Assert.Equal(before, await db.Outbox.CountAsync(Ct));
    }

    [Fact]
    public async Task APathLeavingTheGrantedPrefix_IsRefused_AsAtTheGateway()
    {
        host.Database.RequireAvailable();

        var (id, error) = await SendAsync(GatewayHost.Portal, "traversal-" + Guid.NewGuid().ToString("N"), commit: true, path: "/thong-bao/../quan-tri");

        Assert.Null(id);
        Assert.Equal("/problems/exchange/invalid-request", Assert.IsType<ExchangeRefusedException>(error).ProblemType);
    }
}

public sealed class SqliteTransactionalOutboxTests(SqliteGatewayHost host) : TransactionalOutboxTests(host), IClassFixture<SqliteGatewayHost>;

public sealed class PostgresTransactionalOutboxTests(PostgresGatewayHost host) : TransactionalOutboxTests(host), IClassFixture<PostgresGatewayHost>;
