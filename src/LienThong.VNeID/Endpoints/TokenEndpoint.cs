using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace LienThong.VNeID.Endpoints;

/// <summary>Token endpoint: exchanges the code (checked by OpenIddict, with PKCE) for the same identity.</summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> Handle(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType())
        {
            return Results.BadRequest();
        }
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return Results.SignIn(result.Principal!, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
