using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace LienThong.PublicServices.Dossiers;

public sealed record PaymentRequest(string DossierCode, long Amount, string PayerId, string Description);

/// <param name="Reference">The provider's transaction reference.</param>
public sealed record PaymentReceipt(string? Reference, string? Error)
{
    public bool Succeeded => Reference is not null;
}

/// <summary>
/// An online payment provider (the national portal's payment platform, a bank, a wallet). A provider charges once per
/// dossier and amount: a repeated request returns the first transaction.
/// </summary>
public interface IPaymentProvider
{
    string Name { get; }

    Task<PaymentReceipt> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken = default);

    Task RefundAsync(string reference, CancellationToken cancellationToken = default);
}

/// <summary>
/// The bundled simulated provider (demo and tests): accepts every payment of a positive amount, gives a reference, and
/// answers a repeated request for the same dossier and amount with the same reference, as real payment platforms do with
/// an idempotency key. Nothing leaves the machine.
/// </summary>
internal sealed class SimulatedPaymentProvider(TimeProvider time) : IPaymentProvider
{
    private readonly ConcurrentDictionary<(string, long), string> charged = new();

    public string Name => "cổng thanh toán mô phỏng";

    public Task<PaymentReceipt> ChargeAsync(PaymentRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Amount <= 0)
        {
            return Task.FromResult(new PaymentReceipt(null, "Số tiền phải dương."));
        }
        var reference = charged.GetOrAdd((request.DossierCode, request.Amount),
            _ => $"MP{time.GetUtcNow():yyyyMMddHHmmss}{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}");
        return Task.FromResult(new PaymentReceipt(reference, null));
    }

    public Task RefundAsync(string reference, CancellationToken cancellationToken = default)
    {
        foreach (var entry in charged.Where(e => e.Value == reference))
        {
            charged.TryRemove(entry.Key, out _);
        }
        return Task.CompletedTask;
    }
}
