using LienThong.Identity.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Microsoft.AspNetCore;

namespace LienThong.Identity.Server;

/// <summary>
/// The authorization endpoint (RFC 6749 §3.1, with PKCE per RFC 7636 enforced by the server options):
/// signs the official in with the login page when needed, then issues the code. First-party clients
/// only, so consent is implicit.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static async Task<IResult> Handle(HttpContext context, UserManager<Official> users, SignInManager<Official> signIns)
    {
        // Errors OpenIddict could not send back to the client (error pass-through) are shown to the person.
        if (context.GetOpenIddictServerResponse() is { Error: { } error } response)
        {
            return AuthorizationErrorPage.Render(error, response.ErrorDescription);
        }
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded || request.HasPromptValue(OpenIddictConstants.PromptValues.Login))
        {
            if (request.HasPromptValue(OpenIddictConstants.PromptValues.None))
            {
                return Forbid(OpenIddictConstants.Errors.LoginRequired, "Người dùng chưa đăng nhập.");
            }
            // Back to this very request after the login page; the query string is the one the client sent.
            return Results.Challenge(new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + context.Request.QueryString },
                [IdentityConstants.ApplicationScheme]);
        }
        var official = await users.GetUserAsync(cookie.Principal!);
        if (official is null || !await signIns.CanSignInAsync(official) || await users.IsLockedOutAsync(official))
        {
            return Forbid(OpenIddictConstants.Errors.AccessDenied, "Tài khoản không còn được phép đăng nhập.");
        }
        var identity = ClaimsFactory.ForOfficial(official, await users.GetRolesAsync(official), request.GetScopes(),
            cookie.Principal!.FindAll(IdentityPolicies.AuthenticationMethodClaim).Select(c => c.Value));
        return Results.SignIn(new(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
