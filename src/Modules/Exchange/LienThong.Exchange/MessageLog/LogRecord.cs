using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LienThong.Exchange.MessageLog;

/// <summary>
/// One exchange in the append-only message log. <see cref="Hash"/> = SHA-256(previous hash ‖ canonical fields), so
/// changing, deleting or swapping a record breaks the chain from there on. The data subject is kept as a keyed hash
/// (lookup for the data tracker) and an encrypted value, never in clear.
/// </summary>
internal sealed class LogRecord
{
    public long Sequence { get; set; }

    public string MessageId { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }

    public string Consumer { get; set; } = "";

    public string Service { get; set; } = "";

    public string Method { get; set; } = "";

    public string Path { get; set; } = "";

    public string? Purpose { get; set; }

    public string? Case { get; set; }

    public string? User { get; set; }

    public string? SubjectKey { get; set; }

    public string? SubjectSealed { get; set; }

    public string RequestDigest { get; set; } = "";

    public string? ResponseDigest { get; set; }

    public int Status { get; set; }

    /// <summary><c>forwarded</c>, <c>denied</c>, <c>provider-error</c>, <c>timeout</c>, <c>rejected</c>.</summary>
    public string Outcome { get; set; } = "";

    public long RequestBytes { get; set; }

    public long ResponseBytes { get; set; }

    public double DurationMs { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";

    /// <summary>
    /// An instant as both databases keep it (UTC, 100 µs: the coarser of PostgreSQL's microseconds and the SQLite binary
    /// form's), so that a record hashes the same after a round trip.
    /// </summary>
    public static DateTimeOffset Stored(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % 1000, TimeSpan.Zero);

    /// <summary>The chain's start: 64 zeros.</summary>
    public static readonly string Genesis = new('0', 64);

    public string ComputeHash()
    {
        var canonical = string.Join('\n',
            Sequence.ToString(CultureInfo.InvariantCulture), MessageId, OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture), Consumer, Service,
            Method, Path, Purpose ?? "", Case ?? "", User ?? "", SubjectKey ?? "", SubjectSealed ?? "", RequestDigest, ResponseDigest ?? "",
            Status.ToString(CultureInfo.InvariantCulture), Outcome, RequestBytes.ToString(CultureInfo.InvariantCulture),
            ResponseBytes.ToString(CultureInfo.InvariantCulture), DurationMs.ToString("R", CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PreviousHash + "\n" + canonical)));
    }
}

/// <summary>A signed, time-stamped statement of the chain's head: "record N has hash H" (platform seal, CAdES B-T).</summary>
internal sealed class LogCheckpoint
{
    public int Id { get; set; }

    public long UpToSequence { get; set; }

    public string ChainHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public byte[] Signature { get; set; } = [];

    /// <summary>The bytes the seal signs.</summary>
    public static byte[] Statement(long upTo, string chainHash) =>
        Encoding.UTF8.GetBytes($"LienThong message log\nup to {upTo.ToString(CultureInfo.InvariantCulture)}\nchain hash {chainHash}\n");
}
