using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LienThong.VNeID.Endpoints;

/// <summary>
/// Authorization endpoint. Honours <c>acr_values</c> (OpenID Connect Core §3.1.2.1): when level 2 is
/// asked for, a level-1 session signs in again with the biometric step, and a level-1 account is
/// refused with <c>unmet_authentication_requirements</c> so the relying party can explain why.
/// </summary>
internal static class AuthorizeEndpoint
{
    public const string UnmetAuthenticationRequirements = "unmet_authentication_requirements";

    public static async Task<IResult> Handle(HttpContext context, CitizenDirectory citizens)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenID Connect request.");
        var wantsLevel2 = (request.AcrValues ?? "").Split(' ').Contains(VNeIdLevels.Level2);
        var session = await context.AuthenticateAsync(VNeIdProvider.SessionScheme);
        var citizen = session.Succeeded ? citizens.Find(session.Principal!.FindFirstValue(ClaimTypes.NameIdentifier)!) : null;
        var level = session.Principal?.FindFirstValue(LoginPage.LevelClaim);
        if (citizen is not null && wantsLevel2 && citizen.Level < 2)
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = UnmetAuthenticationRequirements,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] =
                    "Tài khoản định danh điện tử chưa ở mức 2; hãy kích hoạt mức 2 tại cơ quan Công an.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }
        if (citizen is null || (wantsLevel2 && level != VNeIdLevels.Level2) || request.HasPromptValue(PromptValues.Login))
        {
            return Results.Challenge(new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + context.Request.QueryString },
                [VNeIdProvider.SessionScheme]);
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, citizen.PersonalIdNumber)
            .SetClaim(Claims.Name, citizen.FullName)
            .SetClaim(Claims.Birthdate, citizen.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .SetClaim(Claims.Gender, citizen.Sex)
            .SetClaim("address_unit", citizen.AddressUnit)
            .SetClaim(Claims.AuthenticationContextReference, level);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
