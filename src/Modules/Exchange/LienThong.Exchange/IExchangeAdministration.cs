using LienThong.Exchange.MessageLog;

namespace LienThong.Exchange;

/// <summary>What the host's start-up and command line do with the Exchange module.</summary>
public interface IExchangeAdministration
{
    /// <summary>The platform's own subsystems (LGSP, the provincial public-service portal, a one-stop system). Idempotent.</summary>
    Task SeedAsync(CancellationToken cancellationToken = default);

    Task<LogVerification> VerifyLogAsync(long? from, long? to, CancellationToken cancellationToken = default);

    /// <summary>The proof of one exchange up to the next checkpoint, or why there is none.</summary>
    Task<(LogProof? Proof, string? Error)> ProveAsync(string messageId, CancellationToken cancellationToken = default);

    /// <summary>Signs a checkpoint of the log's head now; the sequence it covers, or null when there was nothing new.</summary>
    Task<long?> CheckpointAsync(CancellationToken cancellationToken = default);
}

internal sealed class ExchangeAdministration(ExchangeRegistry registry, LogVerifier verifier, Checkpoints checkpoints, LogProofs proofs)
    : IExchangeAdministration
{
    public Task<(LogProof? Proof, string? Error)> ProveAsync(string messageId, CancellationToken cancellationToken = default) =>
        proofs.CreateAsync(messageId, cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await registry.EnsureSubsystemAsync("GOV", "000.00.00.H47", "LGSP", "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)", cancellationToken);
        await registry.EnsureSubsystemAsync("GOV", "000.00.00.H47", "DVCTINH", "Cổng dịch vụ công và Hệ thống thông tin giải quyết TTHC tỉnh", cancellationToken);
        await registry.EnsureSubsystemAsync("GOV", "000.01.02.H47", "MOTCUA", "Phần mềm một cửa của Văn phòng đăng ký đất đai", cancellationToken);
    }

    public Task<LogVerification> VerifyLogAsync(long? from, long? to, CancellationToken cancellationToken = default) =>
        verifier.VerifyAsync(from, to, cancellationToken);

    public async Task<long?> CheckpointAsync(CancellationToken cancellationToken = default) =>
        (await checkpoints.CreateAsync(cancellationToken))?.UpToSequence;
}

/// <summary>Checking a message-log proof offline, without the platform's database (<c>lienthong log verify-proof</c>).</summary>
public static class MessageLogProofs
{
    /// <summary>Null when the proof holds, else why not (Vietnamese).</summary>
    public static string? Verify(LogProof proof, System.Security.Cryptography.X509Certificates.X509Certificate2 root) => LogProofs.Verify(proof, root);
}
