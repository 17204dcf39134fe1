namespace LienThong.Identity.Clients;

/// <summary>OAuth clients (client credentials) of the agencies' information systems: the gateway's consumers.</summary>
public interface IAgencyClients
{
    /// <summary>Registers a subsystem; the client id is the subsystem identifier. Errors are Vietnamese.</summary>
    Task<(IssuedSecret? Secret, string? Error)> AddAsync(string subsystem, string name, CancellationToken cancellationToken = default);

    /// <summary>Issues a new secret; the previous one keeps working for the grace period.</summary>
    Task<IssuedSecret?> RotateAsync(string clientId, CancellationToken cancellationToken = default);

    Task<bool> SetDisabledAsync(string clientId, bool disabled, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AgencyClient>> ListAsync(CancellationToken cancellationToken = default);
}
