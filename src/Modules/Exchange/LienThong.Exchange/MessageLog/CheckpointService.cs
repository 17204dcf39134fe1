using LienThong.Exchange.Persistence;
using LienThong.Trust.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LienThong.Exchange.MessageLog;

/// <summary>
/// Signs the head of the message log every <see cref="ExchangeOptions.CheckpointEveryRecords"/> records or
/// <see cref="ExchangeOptions.CheckpointInterval"/>: a CAdES B-T signature (platform operator's seal, RFC 3161
/// time-stamp) over "record N has hash H". From a checkpoint, nobody can rewrite the records before it unnoticed.
/// </summary>
internal sealed class CheckpointService(IServiceScopeFactory scopes, IOptions<ExchangeOptions> options, TimeProvider time,
    ILogger<CheckpointService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(options.Value.CheckpointInterval.TotalSeconds / 10, 0.2, 10)), time);
        var last = time.GetUtcNow();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var checkpoints = scope.ServiceProvider.GetRequiredService<Checkpoints>();
                    var pending = await checkpoints.PendingAsync(stoppingToken);
                    if (pending > 0 && (pending >= options.Value.CheckpointEveryRecords || time.GetUtcNow() - last >= options.Value.CheckpointInterval))
                    {
                        await checkpoints.CreateAsync(stoppingToken);
                        last = time.GetUtcNow();
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Message log checkpoint not made; retrying.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the records since the last checkpoint are signed by the next start.
        }
    }
}

/// <summary>Makes checkpoints (also on demand: <c>lienthong log checkpoint</c>).</summary>
internal sealed class Checkpoints(ExchangeDbContext db, IDocumentSigner signer, IOptions<ExchangeOptions> options, TimeProvider time)
{
    public async Task<long> PendingAsync(CancellationToken cancellationToken)
    {
        var signedUpTo = await db.Checkpoints.MaxAsync(c => (long?)c.UpToSequence, cancellationToken) ?? 0;
        var head = await db.LogRecords.MaxAsync(r => (long?)r.Sequence, cancellationToken) ?? 0;
        return head - signedUpTo;
    }

    /// <summary>A checkpoint of the current head; null when there is nothing new to sign.</summary>
    public async Task<LogCheckpoint?> CreateAsync(CancellationToken cancellationToken)
    {
        var head = await db.LogRecords.AsNoTracking().OrderByDescending(r => r.Sequence).Select(r => new { r.Sequence, r.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        if (head is null || await db.Checkpoints.AnyAsync(c => c.UpToSequence >= head.Sequence, cancellationToken))
        {
            return null;
        }
        var seal = await signer.SealDetachedAsync(LogCheckpoint.Statement(head.Sequence, head.Hash), options.Value.OperatorAgency, cancellationToken);
        if (!seal.Succeeded)
        {
            throw new InvalidOperationException(seal.Error);
        }
        var checkpoint = new LogCheckpoint { UpToSequence = head.Sequence, ChainHash = head.Hash, CreatedAt = time.GetUtcNow(), Signature = seal.Signed! };
        db.Checkpoints.Add(checkpoint);
        await db.SaveChangesAsync(cancellationToken);
        return checkpoint;
    }
}
