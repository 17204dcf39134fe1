using System.Threading.Channels;
using LienThong.BuildingBlocks.Persistence;
using LienThong.Exchange.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LienThong.Exchange.MessageLog;

/// <summary>
/// Appends records to the hash-chained message log with group commit: requests hand their record over and wait; one
/// writer takes every record waiting (up to 1,000), chains them and commits them in one transaction, then releases
/// the waiters. A record is durable before its exchange's response completes, without a transaction per request.
/// On PostgreSQL a commit is one round trip (lock, conditional insert, commit); an advisory lock orders the writers of
/// several hosts on one chain, and a writer whose remembered head has moved re-reads it and chains again.
/// </summary>
internal sealed class MessageLogWriter(IServiceScopeFactory scopes, DatabaseConnection connection, Gateway.ExchangeMetrics metrics,
    ILogger<MessageLogWriter> logger)
    : BackgroundService
{
    private const int MaxBatch = 1000;
    private const long ChainLockKey = 0x4C69656E54686F; // "LienTho"
    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(50_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private sealed record Pending(LogRecord Record, TaskCompletionSource Done);

    /// <summary>Completes when the record is committed; throws when it could not be.</summary>
    public async Task AppendAsync(LogRecord record, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await queue.Writer.WriteAsync(new Pending(record, done), cancellationToken);
        await done.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }
                await CommitAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the waiters of an uncommitted batch are released below, their exchanges fail.
        }
        finally
        {
            foreach (var pending in batch)
            {
                pending.Done.TrySetCanceled(stoppingToken);
            }
        }
    }

    /// <summary>PostgreSQL: the head as this writer last committed it (null: read it again), so a commit is one round trip.</summary>
    private (long Sequence, string Hash)? head;

    private async Task CommitAsync(List<Pending> batch, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var records = batch.ConvertAll(p => p.Record);
        foreach (var record in records)
        {
            record.OccurredAt = LogRecord.Stored(record.OccurredAt);
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ExchangeDbContext>();
            if (connection.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                var postgres = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
                for (var attempt = 1; ; attempt++)
                {
                    var at = head ??= await LogRecordTable.HeadAsync(postgres, null, cancellationToken);
                    Chain(records, at);
                    if (await LogRecordTable.AppendAsync(postgres, ChainLockKey, at.Sequence, records, cancellationToken))
                    {
                        break;
                    }
                    // Another host appended meanwhile: chain on the new head.
                    head = null;
                    if (attempt == 5)
                    {
                        throw new InvalidOperationException("The message log's head kept moving.");
                    }
                }
            }
            else
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var sqlite = db.Database.GetDbConnection();
                Chain(records, await LogRecordTable.HeadAsync(sqlite, transaction.GetDbTransaction(), cancellationToken));
                await LogRecordTable.AppendAsync(sqlite, transaction.GetDbTransaction(), records, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            head = (records[^1].Sequence, records[^1].Hash);
            metrics.Committed(batch.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            foreach (var pending in batch)
            {
                pending.Done.TrySetResult();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            head = null;
            logger.LogError(e, "Could not commit {Count} message log records.", batch.Count);
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(new InvalidOperationException("The message log could not record the exchange.", e));
            }
        }
    }

    private static void Chain(List<LogRecord> records, (long Sequence, string Hash) head)
    {
        var (sequence, previous) = head;
        foreach (var record in records)
        {
            record.Sequence = ++sequence;
            record.PreviousHash = previous;
            record.Hash = previous = record.ComputeHash();
        }
    }
}
