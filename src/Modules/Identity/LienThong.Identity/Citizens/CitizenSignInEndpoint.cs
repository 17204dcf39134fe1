using LienThong.Identity.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace LienThong.Identity.Citizens;

/// <summary><c>GET /dang-nhap/vneid?returnUrl=…[&amp;muc=2]</c>: starts the sign-in (or the step-up to level 2) at the provider.</summary>
internal static class CitizenSignInEndpoint
{
    public static IResult Handle(string? returnUrl, int? muc)
    {
        var properties = new AuthenticationProperties { RedirectUri = LocalUrl.OrHome(returnUrl) };
        if (muc == 2)
        {
            properties.Items[CitizenAuthentication.AcrItem] = CitizenAuthentication.Level2;
        }
        return Results.Challenge(properties, [CitizenAuthentication.VNeIdScheme]);
    }
}
