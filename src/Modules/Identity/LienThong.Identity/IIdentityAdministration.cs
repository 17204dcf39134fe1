namespace LienThong.Identity;

/// <summary>What the host's start-up and command line do with the Identity module.</summary>
public interface IIdentityAdministration
{
    /// <summary>Roles, the platform's own subsystem client, and (outside Production) the demo accounts. Idempotent.</summary>
    Task SeedAsync(bool includeDemoAccounts, CancellationToken cancellationToken = default);
}
