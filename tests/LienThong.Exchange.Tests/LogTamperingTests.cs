using System.Net;
using LienThong.Exchange.MessageLog;
using LienThong.Exchange.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Exchange.Tests;

/// <summary>
/// Someone with write access to the database (triggers disabled first) changes a field, deletes a record, swaps two:
/// <c>log verify</c> names the first broken record each time, and passes again once the record is put back.
/// </summary>
public abstract class LogTamperingTests(GatewayHost host)
{
    private static readonly string[] Residents = ["049085001234", "049190005678"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<LogVerification> VerifyAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IExchangeAdministration>().VerifyLogAsync(null, null, Ct);
    }

    private async Task WithLogAsync(Func<ExchangeDbContext, Task> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<ExchangeDbContext>());
    }

    [Fact]
    public async Task ChangedDeletedOrSwappedRecords_AreNamed_AndTheAppendOnlyTriggerRefusesChanges()
    {
        host.Database.RequireAvailable();
        using var client = host.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            var response = await client.SendAsync(host.Call(HttpMethod.Get, $"{GatewayHost.Population}/cong-dan/{Residents[i % 2]}", host.PortalToken,
                subject: Residents[i % 2]), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        long? checkpoint;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            checkpoint = await scope.ServiceProvider.GetRequiredService<IExchangeAdministration>().CheckpointAsync(Ct);
        }
        var intact = await VerifyAsync();
        Assert.True(intact.Intact, intact.Problem);
        Assert.Equal((6L, 1), (intact.Records, intact.Checkpoints));
        Assert.Equal(6, checkpoint);

        // The database refuses changes while its triggers are in place.
        await WithLogAsync(async db => await Assert.ThrowsAnyAsync<Exception>(() =>
            db.LogRecords.Where(r => r.Sequence == 3).ExecuteUpdateAsync(s => s.SetProperty(r => r.Purpose, "2.000000"), Ct)));
        await WithLogAsync(DisableTriggersAsync);

        // A changed field.
        var original = await ReadAsync(3);
        await WithLogAsync(db => db.LogRecords.Where(r => r.Sequence == 3).ExecuteUpdateAsync(s => s.SetProperty(r => r.Purpose, "2.000000"), Ct));
        var changed = await VerifyAsync();
        await WithLogAsync(db => db.LogRecords.Where(r => r.Sequence == 3).ExecuteUpdateAsync(s => s.SetProperty(r => r.Purpose, original.Purpose), Ct));
        Assert.Equal(3, changed.BrokenAt);
        Assert.Contains("bị sửa", changed.Problem, StringComparison.Ordinal);
        Assert.True((await VerifyAsync()).Intact);

        // A deleted record.
        var fifth = await ReadAsync(5);
        await WithLogAsync(db => db.LogRecords.Where(r => r.Sequence == 5).ExecuteDeleteAsync(Ct));
        var deleted = await VerifyAsync();
        await WithLogAsync(async db =>
        {
            db.LogRecords.Add(fifth);
            await db.SaveChangesAsync(Ct);
        });
        Assert.Equal(5, deleted.BrokenAt);
        Assert.True((await VerifyAsync()).Intact);

        // Two records swapped (everything but their place in the sequence).
        var (second, fourth) = (await ReadAsync(2), await ReadAsync(4));
        await WithLogAsync(db => OverwriteAsync(db, 2, fourth));
        await WithLogAsync(db => OverwriteAsync(db, 4, second));
        var swapped = await VerifyAsync();
        Assert.Equal(2, swapped.BrokenAt);
        await WithLogAsync(db => OverwriteAsync(db, 2, second));
        await WithLogAsync(db => OverwriteAsync(db, 4, fourth));
        Assert.True((await VerifyAsync()).Intact);

        // A rewritten chain (every hash recomputed after a change) still contradicts the signed checkpoint.
        await WithLogAsync(async db =>
        {
            var records = await db.LogRecords.OrderBy(r => r.Sequence).ToListAsync(Ct);
            records[0].Purpose = "9.999999";
            var previous = LogRecord.Genesis;
            foreach (var record in records)
            {
                record.PreviousHash = previous;
                record.Hash = previous = record.ComputeHash();
            }
            await db.SaveChangesAsync(Ct);
        });
        var rewritten = await VerifyAsync();
        Assert.Equal(6, rewritten.BrokenAt);
        Assert.Contains("Điểm kiểm tra", rewritten.Problem, StringComparison.Ordinal);
    }

    private async Task<LogRecord> ReadAsync(long sequence)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ExchangeDbContext>().LogRecords.AsNoTracking().SingleAsync(r => r.Sequence == sequence, Ct);
    }

    private static async Task OverwriteAsync(ExchangeDbContext db, long sequence, LogRecord from)
    {
        var target = await db.LogRecords.SingleAsync(r => r.Sequence == sequence, Ct);
        var own = from.Sequence;
        from.Sequence = sequence;
        db.Entry(target).CurrentValues.SetValues(from);
        from.Sequence = own;
        await db.SaveChangesAsync(Ct);
    }

    private static Task DisableTriggersAsync(ExchangeDbContext db) =>
        db.Database.IsNpgsql()
            ? db.Database.ExecuteSqlRawAsync("ALTER TABLE exchange_log_records DISABLE TRIGGER exchange_log_records_append_only", Ct)
            : db.Database.ExecuteSqlRawAsync("DROP TRIGGER exchange_log_records_no_update; DROP TRIGGER exchange_log_records_no_delete;", Ct);
}

public sealed class SqliteLogTamperingTests(SqliteGatewayHost host) : LogTamperingTests(host), IClassFixture<SqliteGatewayHost>;

public sealed class PostgresLogTamperingTests(PostgresGatewayHost host) : LogTamperingTests(host), IClassFixture<PostgresGatewayHost>;
