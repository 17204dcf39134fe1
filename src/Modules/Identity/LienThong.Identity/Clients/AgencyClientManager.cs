using LienThong.BuildingBlocks.Auditing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using OpenIddict.EntityFrameworkCore.Models;

namespace LienThong.Identity.Clients;

/// <summary>
/// OpenIddict's application manager, plus secret rotation: after <c>clients rotate</c> the previous
/// secret still authenticates until its grace period ends (Identity:SecretRotationGrace).
/// </summary>
internal sealed class AgencyClientManager(
    IOpenIddictApplicationCache<OpenIddictEntityFrameworkCoreApplication> cache,
    ILogger<OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<OpenIddictEntityFrameworkCoreApplication> store,
    TimeProvider time,
    IAuditLog audit)
    : OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>(cache, logger, options, store)
{
    public override async ValueTask<bool> ValidateClientSecretAsync(OpenIddictEntityFrameworkCoreApplication application,
        string secret, CancellationToken cancellationToken = default)
    {
        if (await base.ValidateClientSecretAsync(application, secret, cancellationToken))
        {
            return true;
        }
        var previous = AgencyClientProperties.PreviousSecret(await GetPropertiesAsync(application, cancellationToken), time.GetUtcNow());
        if (previous is not null && await ValidateClientSecretAsync(secret, previous, cancellationToken))
        {
            return true;
        }
        // Never the secret itself: only who tried.
        await audit.RecordAsync(application.ClientId ?? "?", "identity.client.authentication-failed", AuditOutcome.Failure,
            application.ClientId, cancellationToken: cancellationToken);
        return false;
    }
}
