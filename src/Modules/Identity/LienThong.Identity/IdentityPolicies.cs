using LienThong.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;

namespace LienThong.Identity;

/// <summary>
/// Authorisation policies. Every endpoint names one of these, or allows anonymous access explicitly;
/// the fallback policy denies everything else (deny by default). Both bearer tokens (agency systems,
/// API clients) and the sign-in cookie (pages) are accepted.
/// </summary>
public static class IdentityPolicies
{
    public const string Authenticated = "authenticated";
    public const string PlatformOperator = "platform-operator";

    public static readonly string[] Schemes =
        [OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, IdentityConstants.ApplicationScheme];

    public static AuthorizationPolicy AuthenticatedPolicy { get; } =
        new AuthorizationPolicyBuilder(Schemes).RequireAuthenticatedUser().Build();

    public static void Add(AuthorizationOptions options)
    {
        options.DefaultPolicy = AuthenticatedPolicy;
        options.FallbackPolicy = AuthenticatedPolicy;
        options.AddPolicy(Authenticated, AuthenticatedPolicy);
        options.AddPolicy(PlatformOperator, p => p.AddAuthenticationSchemes(Schemes).RequireRole(Roles.PlatformOperator));
    }
}
