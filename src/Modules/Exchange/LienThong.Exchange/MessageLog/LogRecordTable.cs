using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace LienThong.Exchange.MessageLog;

/// <summary>
/// The log table read and written with plain ADO.NET: the verifier reads millions of records and the writer appends
/// thousands a second, where EF's materialisation and change tracking cost more than the work itself. Column order is
/// the entity's; instants are kept as each provider stores them (SQLite: binary ticks and offset, PostgreSQL: UTC).
/// </summary>
internal static class LogRecordTable
{
    public const string Name = "exchange_log_records";

    private static readonly string[] Columns =
    [
        "Sequence", "MessageId", "OccurredAt", "Consumer", "Service", "Method", "Path", "Purpose", "Case", "User", "SubjectKey",
        "SubjectSealed", "RequestDigest", "ResponseDigest", "Status", "Outcome", "RequestBytes", "ResponseBytes", "DurationMs",
        "PreviousHash", "Hash",
    ];

    public static readonly string ColumnList = string.Join(", ", Columns.Select(c => $"\"{c}\""));

    private static readonly DateTimeOffsetToBinaryConverter SqliteInstant = new();

    public static LogRecord Read(DbDataReader reader, bool sqlite)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new LogRecord
        {
            Sequence = reader.GetInt64(0),
            MessageId = reader.GetString(1),
            OccurredAt = sqlite ? (DateTimeOffset)SqliteInstant.ConvertFromProvider(reader.GetInt64(2))!
                : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc)),
            Consumer = reader.GetString(3),
            Service = reader.GetString(4),
            Method = reader.GetString(5),
            Path = reader.GetString(6),
            Purpose = Text(7),
            Case = Text(8),
            User = Text(9),
            SubjectKey = Text(10),
            SubjectSealed = Text(11),
            RequestDigest = reader.GetString(12),
            ResponseDigest = Text(13),
            Status = reader.GetInt32(14),
            Outcome = reader.GetString(15),
            RequestBytes = reader.GetInt64(16),
            ResponseBytes = reader.GetInt64(17),
            DurationMs = reader.GetDouble(18),
            PreviousHash = reader.GetString(19),
            Hash = reader.GetString(20),
        };
    }

    /// <summary>The chain's head (sequence and hash), or the genesis before the first record.</summary>
    public static async Task<(long Sequence, string Hash)> HeadAsync(DbConnection connection, DbTransaction? transaction,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT \"Sequence\", \"Hash\" FROM {Name} ORDER BY \"Sequence\" DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0, LogRecord.Genesis);
    }

    /// <summary>
    /// PostgreSQL, in one round trip: take the chain's lock, append the records (chained on <paramref name="head"/>) only if
    /// the head is still <paramref name="head"/>, commit. False when another writer moved the head meanwhile (nothing written).
    /// </summary>
    public static async Task<bool> AppendAsync(NpgsqlConnection connection, long lockKey, long head, IReadOnlyList<LogRecord> records,
        CancellationToken cancellationToken)
    {
        T[] Column<T>(Func<LogRecord, T> value) => records.Select(value).ToArray();
        NpgsqlParameter[] parameters =
        [
            new("p0", Column(r => r.Sequence)), new("p1", Column(r => r.MessageId)), new("p2", Column(r => r.OccurredAt.UtcDateTime)),
            new("p3", Column(r => r.Consumer)), new("p4", Column(r => r.Service)), new("p5", Column(r => r.Method)), new("p6", Column(r => r.Path)),
            new("p7", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = Column(r => r.Purpose) },
            new("p8", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = Column(r => r.Case) },
            new("p9", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = Column(r => r.User) },
            new("p10", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = Column(r => r.SubjectKey) },
            new("p11", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = Column(r => r.SubjectSealed) },
            new("p12", Column(r => r.RequestDigest)),
            new("p13", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = Column(r => r.ResponseDigest) },
            new("p14", Column(r => r.Status)), new("p15", Column(r => r.Outcome)), new("p16", Column(r => r.RequestBytes)),
            new("p17", Column(r => r.ResponseBytes)), new("p18", Column(r => r.DurationMs)), new("p19", Column(r => r.PreviousHash)),
            new("p20", Column(r => r.Hash)), new("head", head),
        ];
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("BEGIN"),
                new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({lockKey})"),
                new NpgsqlBatchCommand($"""
                    INSERT INTO {Name} ({ColumnList})
                    SELECT * FROM unnest(@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20)
                    WHERE (SELECT COALESCE(MAX("Sequence"), 0) FROM {Name}) = @head
                    """),
                new NpgsqlBatchCommand("COMMIT"),
            },
        };
        batch.BatchCommands[2].Parameters.AddRange(parameters);
        try
        {
            // Prepared once per pooled connection (Npgsql keeps it): parsing and planning the insert cost more than running it.
            await batch.PrepareAsync(cancellationToken);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            // The batch stopped inside its transaction: end it before the connection goes back to the pool.
            try
            {
                await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
                await rollback.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // The connection itself broke (Npgsql discards it): the batch's own error is the one to report.
            }
            throw;
        }
        return batch.BatchCommands[2].RecordsAffected == records.Count;
    }

    /// <summary>SQLite: appends chained records in the connection's current transaction with one prepared insert.</summary>
    public static async Task AppendAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<LogRecord> records,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Name} ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => "@p" + i))})";
        var parameters = Columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var r in records)
        {
            object?[] values =
            [
                r.Sequence, r.MessageId, SqliteInstant.ConvertToProvider(r.OccurredAt), r.Consumer, r.Service, r.Method, r.Path, r.Purpose, r.Case,
                r.User, r.SubjectKey, r.SubjectSealed, r.RequestDigest, r.ResponseDigest, r.Status, r.Outcome, r.RequestBytes, r.ResponseBytes,
                r.DurationMs, r.PreviousHash, r.Hash,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
