using System.Security.Claims;
using LienThong.Identity.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LienThong.Identity.Features;

/// <summary>The caller as the platform sees it; agency systems use it to check their token.</summary>
internal static class MeEndpoint
{
    public sealed record Caller(string Subject, string? Name, string? Agency, string? Subsystem, IReadOnlyList<string> Roles);

    public static Ok<Caller> Handle(ClaimsPrincipal user) => TypedResults.Ok(new Caller(
        user.FindFirstValue(Claims.Subject) ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(Claims.Name) ?? user.Identity?.Name,
        user.FindFirstValue(LienThongClaims.Agency),
        user.FindFirstValue(LienThongClaims.Subsystem),
        [.. user.FindAll(Claims.Role).Concat(user.FindAll(ClaimTypes.Role)).Select(c => c.Value).Distinct()]));
}
