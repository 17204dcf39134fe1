namespace LienThong.Trust.Contracts;

/// <summary>Checks signatures for other modules: detached CAdES (the message log's checkpoints), enveloped XML (received edXML packages).</summary>
public interface ISignatureVerifier
{
    /// <summary>Every signer <c>TOTAL_PASSED</c>, or why not (indication/sub-indication and the Vietnamese reason).</summary>
    Task<SignatureVerdict> VerifyDetachedAsync(byte[] content, byte[] signature, CancellationToken cancellationToken = default);

    /// <summary>An enveloped XML-DSig signature over the whole document (an edXML package); null when the XML carries no signature.</summary>
    /// <param name="sealAgencies">When given, a signature by a certificate of the platform's CA passes only if it is the seal of one of these agencies.</param>
    Task<SignatureVerdict?> VerifyXmlAsync(byte[] xml, IReadOnlyCollection<string>? sealAgencies = null, CancellationToken cancellationToken = default);
}

public sealed record SignatureVerdict(bool Passed, string? Signer, DateTimeOffset? TimeStamp, string Indication, string Detail);
