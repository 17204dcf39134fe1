using LienThong.Exchange.Persistence;
using LienThong.Trust.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Exchange.MessageLog;

/// <summary>The outcome of <c>lienthong log verify</c>: how far it checked, and the first broken record or checkpoint.</summary>
public sealed record LogVerification(long From, long To, long Records, int Checkpoints, long? BrokenAt, string? Problem)
{
    public bool Intact => BrokenAt is null && Problem is null;
}

/// <summary>
/// Recomputes the hash chain from <c>from</c> to <c>to</c> (each record's hash, its link to the previous one, no missing
/// sequence number) and checks every checkpoint in the range: its signature, and that the chain still has its hash.
/// </summary>
internal sealed class LogVerifier(ExchangeDbContext db, ISignatureVerifier signatures)
{
    private const int Page = 50_000;

    /// <summary>
    /// A page of records read with a plain data reader: a million EF materialisations cost more than the hashing they feed.
    /// </summary>
    internal async Task<List<LogRecord>> ReadAsync(long from, long to, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {LogRecordTable.ColumnList}
            FROM {LogRecordTable.Name} WHERE "Sequence" >= @from AND "Sequence" <= @to ORDER BY "Sequence"
            """;
        foreach (var (name, value) in new[] { ("@from", from), ("@to", to) })
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, value);
            command.Parameters.Add(parameter);
        }
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        var records = new List<LogRecord>((int)Math.Min(to - from + 1, Page));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(LogRecordTable.Read(reader, sqlite));
        }
        return records;
    }

    public async Task<LogVerification> VerifyAsync(long? from, long? to, CancellationToken cancellationToken)
    {
        var first = from ?? 1;
        var last = to ?? await db.LogRecords.MaxAsync(r => (long?)r.Sequence, cancellationToken) ?? 0;
        var previous = first <= 1 ? LogRecord.Genesis
            : await db.LogRecords.AsNoTracking().Where(r => r.Sequence == first - 1).Select(r => r.Hash).FirstOrDefaultAsync(cancellationToken);
        if (previous is null)
        {
            return new LogVerification(first, last, 0, 0, first - 1, $"Bản ghi {first - 1} (trước điểm bắt đầu) không còn.");
        }
        var checkpoints = await db.Checkpoints.AsNoTracking().Where(c => c.UpToSequence >= first && c.UpToSequence <= last)
            .OrderBy(c => c.UpToSequence).ToListAsync(cancellationToken);
        var expected = first;
        var hashes = new Dictionary<long, string>();
        var checkpointed = checkpoints.Select(c => c.UpToSequence).ToHashSet();
        // Reading the next page overlaps hashing this one (the database read is the slower half).
        Task<List<LogRecord>>? next = null;
        try
        {
            next = first <= last ? Task.Run(() => ReadAsync(first, Math.Min(last, first + Page - 1), cancellationToken), cancellationToken) : null;
            for (var page = first; page <= last; page += Page)
            {
                var end = Math.Min(last, page + Page - 1);
                var records = await next!;
                var following = end + 1;
                next = following <= last
                    ? Task.Run(() => ReadAsync(following, Math.Min(last, following + Page - 1), cancellationToken), cancellationToken)
                    : null;
                // Each record's hash depends only on its own fields and stored previous hash: recomputed on every core, linked in order.
                var computed = new string[records.Count];
                Parallel.For(0, records.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => computed[i] = records[i].ComputeHash());
                for (var i = 0; i < records.Count; i++)
                {
                    var record = records[i];
                    if (record.Sequence != expected)
                    {
                        return new LogVerification(first, last, expected - first, 0, expected, $"Thiếu bản ghi {expected}.");
                    }
                    if (record.PreviousHash != previous)
                    {
                        return new LogVerification(first, last, expected - first, 0, expected,
                            $"Bản ghi {expected} không nối với bản ghi trước (hash trước đã bị đổi, hoặc bản ghi bị đổi chỗ).");
                    }
                    if (computed[i] != record.Hash)
                    {
                        return new LogVerification(first, last, expected - first, 0, expected, $"Nội dung bản ghi {expected} đã bị sửa.");
                    }
                    previous = record.Hash;
                    if (checkpointed.Contains(expected))
                    {
                        hashes[expected] = record.Hash;
                    }
                    expected++;
                }
                if (expected <= end)
                {
                    return new LogVerification(first, last, expected - first, 0, expected, $"Thiếu bản ghi {expected}.");
                }
            }
        }
        finally
        {
            // A broken record ends the loop early: let a read still running finish before the context goes.
            if (next is not null)
            {
                await next.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        foreach (var checkpoint in checkpoints)
        {
            if (hashes[checkpoint.UpToSequence] != checkpoint.ChainHash)
            {
                return new LogVerification(first, last, expected - first, checkpoints.Count, checkpoint.UpToSequence,
                    $"Điểm kiểm tra tại bản ghi {checkpoint.UpToSequence} không khớp với chuỗi.");
            }
            var verdict = await signatures.VerifyDetachedAsync(LogCheckpoint.Statement(checkpoint.UpToSequence, checkpoint.ChainHash),
                checkpoint.Signature, cancellationToken);
            if (!verdict.Passed)
            {
                return new LogVerification(first, last, expected - first, checkpoints.Count, checkpoint.UpToSequence,
                    $"Chữ ký của điểm kiểm tra tại bản ghi {checkpoint.UpToSequence} không hợp lệ: {verdict.Indication} — {verdict.Detail}");
            }
        }
        return new LogVerification(first, last, expected - first, checkpoints.Count, null, null);
    }
}
