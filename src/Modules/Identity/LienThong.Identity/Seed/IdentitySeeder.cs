using LienThong.Identity.Clients;
using LienThong.Identity.Domain;
using LienThong.Registry.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace LienThong.Identity.Seed;

internal sealed class IdentitySeeder(
    RoleManager<IdentityRole> roles, UserManager<Official> users, IAgencyClients clients, IRegistryDirectory registry,
    ILogger<IdentitySeeder> logger) : IIdentityAdministration
{
    /// <summary>The platform's own subsystem (the gateway), present from the first start.</summary>
    public const string PlatformSubsystem = "VN-QNA/GOV/000.00.00.H47/LGSP";

    public async Task SeedAsync(bool includeDemoAccounts, CancellationToken cancellationToken = default)
    {
        foreach (var role in Contracts.Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
        if (!(await clients.ListAsync(cancellationToken)).Any(c => c.ClientId == PlatformSubsystem))
        {
            // Nobody sees this secret; an operator obtains one with `lienthong clients rotate`.
            var (_, error) = await clients.AddAsync(PlatformSubsystem, "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)", cancellationToken);
            if (error is not null)
            {
                throw new InvalidOperationException(error);
            }
        }
        if (includeDemoAccounts)
        {
            await SeedDemoAccountsAsync(cancellationToken);
        }
    }

    private async Task SeedDemoAccountsAsync(CancellationToken cancellationToken)
    {
        foreach (var (userName, fullName, role, agency, position) in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }
            if (agency.Length > 0 && (await registry.AgencyHistoryAsync(agency, cancellationToken)).Count == 0)
            {
                throw new InvalidOperationException($"Demo account {userName}: agency {agency} is not in the registry.");
            }
            var official = new Official
            {
                UserName = userName,
                FullName = fullName,
                AgencyElectronicId = agency.Length > 0 ? agency : null,
                Position = position.Length > 0 ? position : null,
                IsDemo = true,
            };
            Check(await users.CreateAsync(official, DemoAccounts.Password));
            Check(await users.AddToRoleAsync(official, role));
            if (role == Contracts.Roles.PlatformOperator)
            {
                // The store's own slot for the authenticator key (what AuthenticatorTokenProvider reads).
                Check(await users.SetAuthenticationTokenAsync(official, "[AspNetUserStore]", "AuthenticatorKey", DemoAccounts.OperatorAuthenticatorKey));
                Check(await users.SetTwoFactorEnabledAsync(official, true));
            }
            logger.LogInformation("Demo account {UserName} ({Role}) created.", userName, role);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
