namespace LienThong.Exchange.Contracts;

/// <summary>
/// How modules inside the host call other agencies' services: through the gateway over HTTP, as one of the platform's own
/// subsystems (e.g. the provincial portal), with the same purpose headers, checks, log and tracker as any agency system.
/// </summary>
public interface IExchangeClient
{
    Task<HttpResponseMessage> SendAsync(ExchangeCall call, CancellationToken cancellationToken = default);
}

/// <param name="Consumer">The calling subsystem, one of the platform's own (its client secret is kept in the data folder).</param>
/// <param name="Service">The service identifier, <c>INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE</c>.</param>
/// <param name="Path">The path under the service, starting with <c>/</c>.</param>
/// <param name="Async">Hand the message over for later delivery (<c>Prefer: respond-async</c>): the answer is 202.</param>
public sealed record ExchangeCall(string Consumer, string Service, HttpMethod Method, string Path, string Purpose, string? Case = null,
    string? User = null, string? Subject = null, HttpContent? Content = null, bool Async = false, string? MessageId = null);
