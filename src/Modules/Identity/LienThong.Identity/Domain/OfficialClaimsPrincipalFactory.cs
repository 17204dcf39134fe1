using System.Security.Claims;
using LienThong.Identity.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LienThong.Identity.Domain;

/// <summary>The sign-in cookie carries the same claims as the tokens: full name, agency and position.</summary>
internal sealed class OfficialClaimsPrincipalFactory(
    UserManager<Official> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Official, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Official official)
    {
        var identity = await base.GenerateClaimsAsync(official);
        identity.AddClaim(new Claim(Claims.Name, official.FullName));
        if (official.AgencyElectronicId is { } agency)
        {
            identity.AddClaim(new Claim(LienThongClaims.Agency, agency));
        }
        if (official.Position is { } position)
        {
            identity.AddClaim(new Claim(LienThongClaims.Position, position));
        }
        return identity;
    }
}
