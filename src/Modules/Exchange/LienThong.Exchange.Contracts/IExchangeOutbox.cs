using System.Data.Common;

namespace LienThong.Exchange.Contracts;

/// <summary>
/// Store-and-forward inside the sender's own database transaction (the outbox pattern): a module changes its data and
/// hands the gateway a message for another agency's service in the same transaction, so both are kept or neither is.
/// Delivery follows after the commit — at least once, retried, de-duplicated by message id at the receiver, logged and
/// tracked like any exchange. The access right and purpose are checked now, as the gateway would; a refusal throws
/// <see cref="ExchangeRefusedException"/> and stores nothing.
/// </summary>
public interface IExchangeOutbox
{
    /// <param name="transaction">The sender's open transaction on the platform's database.</param>
    /// <param name="call">Consumer, service, method, path and purpose headers, as for <see cref="IExchangeClient"/>.</param>
    /// <returns>The message id (the one in <paramref name="call"/>, or a new UUID); <c>/x/messages/{id}</c> shows its state.</returns>
    Task<string> EnqueueAsync(DbTransaction transaction, ExchangeCall call, byte[] body, string contentType = "application/json",
        CancellationToken cancellationToken = default);
}

/// <summary>The gateway refused a message: <see cref="ProblemType"/> is the stable problem type URI (e.g. <c>/problems/exchange/access-denied</c>).</summary>
public sealed class ExchangeRefusedException(string problemType, int status, string detail) : Exception(detail)
{
    public string ProblemType { get; } = problemType;

    public int Status { get; } = status;
}
