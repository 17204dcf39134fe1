namespace LienThong.Exchange.Contracts;

/// <summary>How providers put their systems and services on the exchange, and what rights consumers get (idempotent).</summary>
public interface IExchangeRegistration
{
    /// <summary>Registers a subsystem <c>{Instance}/{memberClass}/{memberCode}/{code}</c>; returns its identifier.</summary>
    Task<string> EnsureSubsystemAsync(string memberClass, string memberCode, string code, string name, CancellationToken cancellationToken = default);

    /// <summary>Registers (or moves) a data service of a subsystem; returns its identifier.</summary>
    Task<string> EnsureServiceAsync(ServiceRegistration service, CancellationToken cancellationToken = default);

    /// <summary>Grants a consumer subsystem access to a service for the purposes (procedure codes, or <c>*</c>), unless a same grant exists.</summary>
    Task EnsureGrantAsync(string consumer, string service, IReadOnlyList<string> purposes, string? method = null, string? pathPrefix = null,
        CancellationToken cancellationToken = default);
}

/// <param name="ProviderUrl">Absolute base URL the gateway forwards to.</param>
/// <param name="Category"><c>shared</c> (province-wide shared data, owned by Sở TT&amp;TT) or <c>specialised</c> (a department's).</param>
public sealed record ServiceRegistration(string Subsystem, string Code, string Version, string Name, string Description, string ProviderUrl,
    string OpenApi, string Category, bool PersonalData, string LegalBasis);
