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

    /// <summary>Appends chained records in the connection's current transaction: PostgreSQL binary COPY, SQLite one prepared insert.</summary>
    public static async Task AppendAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<LogRecord> records,
        CancellationToken cancellationToken)
    {
        if (connection is NpgsqlConnection postgres)
        {
            await using var import = await postgres.BeginBinaryImportAsync($"COPY {Name} ({ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var r in records)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(r.Sequence, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(r.MessageId, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(r.OccurredAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
                foreach (var text in (string?[])[r.Consumer, r.Service, r.Method, r.Path, r.Purpose, r.Case, r.User, r.SubjectKey, r.SubjectSealed,
                    r.RequestDigest, r.ResponseDigest])
                {
                    await WriteTextAsync(import, text, cancellationToken);
                }
                await import.WriteAsync(r.Status, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(r.Outcome, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(r.RequestBytes, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(r.ResponseBytes, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(r.DurationMs, NpgsqlDbType.Double, cancellationToken);
                await import.WriteAsync(r.PreviousHash, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(r.Hash, NpgsqlDbType.Varchar, cancellationToken);
            }
            await import.CompleteAsync(cancellationToken);
            return;
        }
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

    private static async Task WriteTextAsync(NpgsqlBinaryImporter import, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await import.WriteNullAsync(cancellationToken);
        }
        else
        {
            await import.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);
        }
    }
}
