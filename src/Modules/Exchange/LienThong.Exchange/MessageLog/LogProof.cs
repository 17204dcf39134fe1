using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using LienThong.Exchange.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LienThong.Exchange.MessageLog;

/// <summary>
/// Evidence of one exchange that anyone can check without the database: the record's fields, the field digests of the
/// records after it up to a checkpoint, and that checkpoint with its signature (platform seal, RFC 3161 time-stamp).
/// </summary>
public sealed record LogProof(int Version, string Instance, LogProofRecord Record, string PreviousHash, IReadOnlyList<LogProofLink> Links,
    LogProofCheckpoint Checkpoint);

public sealed record LogProofRecord(long Sequence, string MessageId, DateTimeOffset OccurredAt, string Consumer, string Service, string Method,
    string Path, string? Purpose, string? Case, string? User, string? SubjectKey, string? SubjectSealed, string RequestDigest, string? ResponseDigest,
    int Status, string Outcome, long RequestBytes, long ResponseBytes, double DurationMs);

public sealed record LogProofLink(long Sequence, string FieldsDigest);

public sealed record LogProofCheckpoint(long UpToSequence, string ChainHash, DateTimeOffset CreatedAt, string Signature);

/// <summary>Makes proofs (<c>lienthong log proof</c>) and checks them offline (<c>lienthong log verify-proof</c>).</summary>
internal sealed class LogProofs(ExchangeDbContext db, LogVerifier reader, IOptions<ExchangeOptions> options)
{
    public async Task<(LogProof? Proof, string? Error)> CreateAsync(string messageId, CancellationToken cancellationToken)
    {
        // A retried call has several records under one id: the proof is of the last.
        var record = await db.LogRecords.AsNoTracking().Where(r => r.MessageId == messageId).OrderByDescending(r => r.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return (null, $"Không có trao đổi {messageId} trong nhật ký.");
        }
        var checkpoint = await db.Checkpoints.AsNoTracking().Where(c => c.UpToSequence >= record.Sequence).OrderBy(c => c.UpToSequence)
            .FirstOrDefaultAsync(cancellationToken);
        if (checkpoint is null)
        {
            return (null, $"Chưa có điểm kiểm tra nào sau bản ghi {record.Sequence}; chạy 'lienthong log checkpoint' rồi thử lại.");
        }
        var links = record.Sequence < checkpoint.UpToSequence
            ? (await reader.ReadAsync(record.Sequence + 1, checkpoint.UpToSequence, cancellationToken)).Select(r => new LogProofLink(r.Sequence, r.FieldsDigest())).ToList()
            : [];
        return (new LogProof(1, options.Value.Instance,
            new LogProofRecord(record.Sequence, record.MessageId, record.OccurredAt, record.Consumer, record.Service, record.Method, record.Path,
                record.Purpose, record.Case, record.User, record.SubjectKey, record.SubjectSealed, record.RequestDigest, record.ResponseDigest,
                record.Status, record.Outcome, record.RequestBytes, record.ResponseBytes, record.DurationMs),
            record.PreviousHash, links,
            new LogProofCheckpoint(checkpoint.UpToSequence, checkpoint.ChainHash, checkpoint.CreatedAt, Convert.ToBase64String(checkpoint.Signature))), null);
    }

    /// <summary>Null when the proof holds: the record hashes into the chain, the chain reaches the checkpoint, the checkpoint is signed by a certificate under <paramref name="root"/>.</summary>
    public static string? Verify(LogProof proof, X509Certificate2 root)
    {
        var r = proof.Record;
        var record = new LogRecord
        {
            Sequence = r.Sequence, MessageId = r.MessageId, OccurredAt = r.OccurredAt, Consumer = r.Consumer, Service = r.Service, Method = r.Method,
            Path = r.Path, Purpose = r.Purpose, Case = r.Case, User = r.User, SubjectKey = r.SubjectKey, SubjectSealed = r.SubjectSealed,
            RequestDigest = r.RequestDigest, ResponseDigest = r.ResponseDigest, Status = r.Status, Outcome = r.Outcome, RequestBytes = r.RequestBytes,
            ResponseBytes = r.ResponseBytes, DurationMs = r.DurationMs, PreviousHash = proof.PreviousHash,
        };
        var hash = record.ComputeHash();
        var expected = r.Sequence + 1;
        foreach (var link in proof.Links)
        {
            if (link.Sequence != expected++)
            {
                return $"Chuỗi trong bằng chứng bị thiếu hoặc đảo bản ghi (tại {link.Sequence}).";
            }
            hash = LogRecord.Link(hash, link.FieldsDigest);
        }
        if (expected - 1 != proof.Checkpoint.UpToSequence || hash != proof.Checkpoint.ChainHash)
        {
            return "Bản ghi không dẫn tới hash của điểm kiểm tra: nội dung đã bị sửa.";
        }
        var cms = new SignedCms(new ContentInfo(LogCheckpoint.Statement(proof.Checkpoint.UpToSequence, proof.Checkpoint.ChainHash)), detached: true);
        try
        {
            cms.Decode(Convert.FromBase64String(proof.Checkpoint.Signature));
            cms.CheckSignature(verifySignatureOnly: true);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return "Chữ ký của điểm kiểm tra không hợp lệ.";
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.ExtraStore.AddRange(cms.Certificates);
        // Offline: no CRL or OCSP to ask; the signature's own time-stamp and the platform's validator cover revocation.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = proof.Checkpoint.CreatedAt.UtcDateTime;
        return chain.Build(cms.SignerInfos[0].Certificate!) ? null : "Chứng thư ký điểm kiểm tra không dẫn tới CA gốc đã cho.";
    }
}
