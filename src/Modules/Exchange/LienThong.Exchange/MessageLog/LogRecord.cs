using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LienThong.Exchange.MessageLog;

/// <summary>
/// One exchange in the append-only message log. <see cref="Hash"/> = SHA-256(previous hash ‖ SHA-256(canonical fields)),
/// so changing, deleting or swapping a record breaks the chain from there on, and a proof can carry the later records'
/// field digests alone (nothing about other people's exchanges). The data subject is kept as a keyed hash
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

    [ThreadStatic]
    private static StringBuilder? canonical;

    [ThreadStatic]
    private static byte[]? utf8;

    [ThreadStatic]
    private static Encoder? encoder;

    /// <summary>The chain link: lower-case hex SHA-256 of the previous hash, a line feed and <see cref="FieldsDigest"/> (hex).</summary>
    public string ComputeHash() => Link(PreviousHash, FieldsDigest());

    public static string Link(string previousHash, string fieldsDigest) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(previousHash + "\n" + fieldsDigest)));

    /// <summary>
    /// SHA-256 over the fields joined by <c>\n</c> (invariant culture; instants as UTC ticks, the duration in round-trip form),
    /// lower-case hex. Buffers are reused per thread: the verifier hashes millions.
    /// </summary>
    public string FieldsDigest()
    {
        var text = canonical ??= new StringBuilder(1024);
        text.Clear();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"{Sequence}").Append('\n').Append(MessageId).Append('\n').Append(c, $"{OccurredAt.UtcTicks}").Append('\n')
            .Append(Consumer).Append('\n').Append(Service).Append('\n').Append(Method).Append('\n').Append(Path).Append('\n')
            .Append(Purpose).Append('\n').Append(Case).Append('\n').Append(User).Append('\n').Append(SubjectKey).Append('\n')
            .Append(SubjectSealed).Append('\n').Append(RequestDigest).Append('\n').Append(ResponseDigest).Append('\n')
            .Append(c, $"{Status}").Append('\n').Append(Outcome).Append('\n').Append(c, $"{RequestBytes}").Append('\n')
            .Append(c, $"{ResponseBytes}").Append('\n').Append(DurationMs.ToString("R", c));
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (utf8 is null || utf8.Length < needed)
        {
            utf8 = new byte[Math.Max(needed, 4096)];
        }
        var utf8Encoder = encoder ??= Encoding.UTF8.GetEncoder();
        utf8Encoder.Reset();
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += utf8Encoder.GetBytes(chunk.Span, utf8.AsSpan(length), flush: false);
        }
        length += utf8Encoder.GetBytes(ReadOnlySpan<char>.Empty, utf8.AsSpan(length), flush: true);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(utf8.AsSpan(0, length), digest);
        return Convert.ToHexStringLower(digest);
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
