namespace LienThong.Identity.Contracts;

/// <summary>
/// Client credentials of the platform's own subsystems (the provincial portal, the LGSP), so that modules inside the host
/// call the gateway like any agency system. The secret is made on first use and kept in the data folder (owner-only).
/// </summary>
public interface IPlatformClientCredentials
{
    Task<string> SecretOfAsync(string subsystem, CancellationToken cancellationToken = default);
}
