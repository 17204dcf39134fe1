using System.Security.Claims;
using LienThong.Identity.Contracts;
using LienThong.Identity.Domain;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LienThong.Identity.Server;

/// <summary>Builds the identities that go into tokens, and decides which claim goes into which token.</summary>
internal static class ClaimsFactory
{
    public static ClaimsIdentity ForOfficial(Official official, IEnumerable<string> roles, IEnumerable<string> scopes,
        IEnumerable<string> authenticationMethods)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, official.Id)
            .SetClaim(Claims.Name, official.FullName)
            .SetClaim(Claims.PreferredUsername, official.UserName)
            .SetClaim(LienThongClaims.Agency, official.AgencyElectronicId)
            .SetClaim(LienThongClaims.Position, official.Position)
            .SetClaims(Claims.Role, [.. roles])
            .SetClaims(IdentityPolicies.AuthenticationMethodClaim, [.. authenticationMethods]);
        identity.SetScopes(scopes);
        identity.SetResources(IdentityModule.ApiAudience);
        identity.SetDestinations(DestinationsOf);
        return identity;
    }

    public static ClaimsIdentity ForClient(string clientId, string? displayName, string? subsystem, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, displayName)
            .SetClaim(LienThongClaims.Subsystem, subsystem);
        identity.SetScopes(scopes);
        identity.SetResources(IdentityModule.ApiAudience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return identity;
    }

    // OpenID Connect Core §5.4: profile claims go to the identity token only when the profile scope was granted.
    private static IEnumerable<string> DestinationsOf(Claim claim) => claim.Type switch
    {
        Claims.Name or Claims.PreferredUsername or LienThongClaims.Position
            when claim.Subject!.HasScope(Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Role or LienThongClaims.Agency or IdentityPolicies.AuthenticationMethodClaim when claim.Subject!.HasScope(Scopes.Roles)
            => [Destinations.AccessToken, Destinations.IdentityToken],
        _ => [Destinations.AccessToken],
    };
}
