using System.Globalization;
using System.Security.Cryptography;
using LienThong.Identity.Domain;
using LienThong.Registry.Contracts;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LienThong.Identity.Clients;

internal sealed class AgencyClients(
    IOpenIddictApplicationManager applications, IRegistryDirectory registry, TimeProvider time,
    IOptions<LienThongIdentityOptions> options) : IAgencyClients
{
    public const string GatewayScope = "lgsp";

    public async Task<(IssuedSecret? Secret, string? Error)> AddAsync(string subsystem, string name, CancellationToken cancellationToken = default)
    {
        if (!SubsystemId.IsValid(subsystem))
        {
            return (null, $"Mã hệ thống '{subsystem}' sai định dạng INSTANCE/CLASS/MEMBER/SUBSYSTEM, ví dụ {SubsystemId.Example}.");
        }
        var member = SubsystemId.MemberOf(subsystem);
        if ((await registry.AgencyHistoryAsync(member, cancellationToken)).Count == 0)
        {
            return (null, $"Cơ quan có mã định danh {member} không có trong danh mục.");
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, "Thiếu tên hệ thống.");
        }
        if (await applications.FindByClientIdAsync(subsystem, cancellationToken) is not null)
        {
            return (null, $"Hệ thống {subsystem} đã có client; dùng 'clients rotate' để cấp khoá mới.");
        }
        var secret = NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = subsystem,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name.Trim(),
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.Endpoints.Introspection, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + GatewayScope,
            },
        };
        descriptor.Properties[AgencyClientProperties.SubsystemKey] = AgencyClientProperties.Json(subsystem);
        await applications.CreateAsync(descriptor, cancellationToken);
        return (new IssuedSecret(subsystem, secret), null);
    }

    public async Task<IssuedSecret?> RotateAsync(string clientId, CancellationToken cancellationToken = default)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not OpenIddictEntityFrameworkCoreApplication application)
        {
            return null;
        }
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        var secret = NewSecret();
        descriptor.ClientSecret = secret;
        // The stored value is already a hash; it is kept as it is for the grace period.
        descriptor.Properties[AgencyClientProperties.PreviousSecretKey] = AgencyClientProperties.Json(application.ClientSecret);
        descriptor.Properties[AgencyClientProperties.PreviousSecretUntilKey] = AgencyClientProperties.Json(
            (time.GetUtcNow() + options.Value.SecretRotationGrace).ToString("O", CultureInfo.InvariantCulture));
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        return new IssuedSecret(clientId, secret);
    }

    public async Task<bool> SetDisabledAsync(string clientId, bool disabled, CancellationToken cancellationToken = default)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return false;
        }
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        descriptor.Properties[AgencyClientProperties.DisabledKey] = AgencyClientProperties.Json(disabled);
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<AgencyClient>> ListAsync(CancellationToken cancellationToken = default)
    {
        var clients = new List<AgencyClient>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            var properties = await applications.GetPropertiesAsync(application, cancellationToken);
            if (AgencyClientProperties.Subsystem(properties) is { } subsystem)
            {
                clients.Add(new AgencyClient((await applications.GetClientIdAsync(application, cancellationToken))!,
                    await applications.GetDisplayNameAsync(application, cancellationToken) ?? "", subsystem,
                    AgencyClientProperties.IsDisabled(properties)));
            }
        }
        return [.. clients.OrderBy(c => c.ClientId, StringComparer.Ordinal)];
    }

    // 256 bits from the OS generator, base64url: safe in form bodies and Basic authentication.
    private static string NewSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}
