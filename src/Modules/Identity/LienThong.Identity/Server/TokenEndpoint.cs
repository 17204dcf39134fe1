using LienThong.BuildingBlocks.Auditing;
using LienThong.Identity.Clients;
using LienThong.Identity.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Microsoft.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LienThong.Identity.Server;

/// <summary>
/// The token endpoint (RFC 6749 §3.2). OpenIddict has already authenticated the client (secret, PKCE,
/// code, refresh token); this decides what the token says and refuses disabled clients and accounts.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> Handle(HttpContext context, IOpenIddictApplicationManager applications,
        UserManager<Official> users, SignInManager<Official> signIns, IAuditLog audit)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!)
                ?? throw new InvalidOperationException("The authenticated client disappeared.");
            var properties = await applications.GetPropertiesAsync(application);
            if (AgencyClientProperties.IsDisabled(properties))
            {
                await audit.RecordAsync(request.ClientId!, "identity.token.refused", AuditOutcome.Failure, request.ClientId,
                    context.Connection.RemoteIpAddress?.ToString(), "client disabled");
                return Forbid(Errors.InvalidClient, "Hệ thống này đã bị vô hiệu hoá.");
            }
            var identity = ClaimsFactory.ForClient(request.ClientId!, await applications.GetDisplayNameAsync(application),
                AgencyClientProperties.Subsystem(properties), request.GetScopes());
            return Results.SignIn(new(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var official = await users.FindByIdAsync(result.Principal?.GetClaim(Claims.Subject) ?? "");
            // A refresh token must stop working when the account is locked or removed.
            if (official is null || !await signIns.CanSignInAsync(official) || await users.IsLockedOutAsync(official))
            {
                return Forbid(Errors.InvalidGrant, "Tài khoản không còn được phép đăng nhập.");
            }
            var identity = ClaimsFactory.ForOfficial(official, await users.GetRolesAsync(official), result.Principal!.GetScopes(),
                result.Principal!.GetClaims(IdentityPolicies.AuthenticationMethodClaim));
            return Results.SignIn(new(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        return Forbid(Errors.UnsupportedGrantType, "Loại cấp quyền không được hỗ trợ.");
    }

    private static IResult Forbid(string error, string description) => AuthorizeEndpoint.Forbid(error, description);
}
