namespace LienThong.Trust.Contracts;

/// <summary>Checks detached CAdES signatures for other modules (the message log's checkpoints, received packages).</summary>
public interface ISignatureVerifier
{
    /// <summary>Every signer <c>TOTAL_PASSED</c>, or why not (indication/sub-indication and the Vietnamese reason).</summary>
    Task<SignatureVerdict> VerifyDetachedAsync(byte[] content, byte[] signature, CancellationToken cancellationToken = default);
}

public sealed record SignatureVerdict(bool Passed, string? Signer, DateTimeOffset? TimeStamp, string Indication, string Detail);
