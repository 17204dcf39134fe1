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
/// On PostgreSQL an advisory lock orders the writers of several hosts on one chain.
/// </summary>
internal sealed class MessageLogWriter(IServiceScopeFactory scopes, DatabaseConnection connection, ILogger<MessageLogWriter> logger)
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

    private async Task CommitAsync(List<Pending> batch, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ExchangeDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (connection.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", cancellationToken);
            }
            var head = await db.LogRecords.AsNoTracking().OrderByDescending(r => r.Sequence)
                .Select(r => new { r.Sequence, r.Hash }).FirstOrDefaultAsync(cancellationToken);
            var (sequence, previous) = head is null ? (0L, LogRecord.Genesis) : (head.Sequence, head.Hash);
            foreach (var pending in batch)
            {
                var record = pending.Record;
                record.OccurredAt = LogRecord.Stored(record.OccurredAt);
                record.Sequence = ++sequence;
                record.PreviousHash = previous;
                record.Hash = previous = record.ComputeHash();
            }
            await LogRecordTable.AppendAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), batch.ConvertAll(p => p.Record),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            foreach (var pending in batch)
            {
                pending.Done.TrySetResult();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Could not commit {Count} message log records.", batch.Count);
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(new InvalidOperationException("The message log could not record the exchange.", e));
            }
        }
    }
}
