using System.Security.Claims;

namespace LienThong.BuildingBlocks.Security;

/// <summary>Who an official is, from the sign-in cookie or an access token: user name, agency (e-ID) and roles.</summary>
public sealed record SignedInOfficial(string UserName, string? Agency, IReadOnlyList<string> Roles)
{
    public static SignedInOfficial Of(ClaimsPrincipal user) => new(
        user.FindFirst("preferred_username")?.Value ?? user.Identity?.Name ?? "?",
        user.FindFirst(CallerScope.AgencyClaim)?.Value,
        [.. user.FindAll(ClaimTypes.Role).Concat(user.FindAll("role")).Select(c => c.Value).Distinct()]);
}
