using LienThong.Identity.Citizens;
using LienThong.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace LienThong.Identity;

/// <summary>
/// Authorisation policies. Every endpoint names one of these, or allows anonymous access explicitly;
/// the fallback policy denies everything else (deny by default). Both bearer tokens (agency systems,
/// API clients) and the sign-in cookie (pages) are accepted.
/// </summary>
public static class IdentityPolicies
{
    public const string Authenticated = PolicyNames.Authenticated;
    public const string PlatformOperator = PolicyNames.PlatformOperator;
    public const string Citizen = PolicyNames.Citizen;
    public const string Official = PolicyNames.Official;

    /// <summary>Administration of officials and the sign-in log: an agency's admin (their agency) or an operator.</summary>
    public const string AgencyAdministration = PolicyNames.AgencyAdministration;
    public const string AuthenticationMethodClaim = "amr";
    public const string MultiFactor = "mfa";

    /// <summary>An action that needs a level-2 electronic identity (Decree 69/2024/NĐ-CP).</summary>
    public const string CitizenLevel2 = PolicyNames.CitizenLevel2;

    /// <summary>Bearer access tokens (OpenIddict's validation, remembered for a few seconds per token).</summary>
    public const string BearerScheme = Server.BearerAuthenticationHandler.SchemeName;

    public static readonly string[] Schemes =
        [BearerScheme, IdentityConstants.ApplicationScheme, CitizenAuthentication.CookieScheme];

    public static AuthorizationPolicy AuthenticatedPolicy { get; } =
        new AuthorizationPolicyBuilder(Schemes).RequireAuthenticatedUser().Build();

    public static void Add(AuthorizationOptions options)
    {
        options.DefaultPolicy = AuthenticatedPolicy;
        options.FallbackPolicy = AuthenticatedPolicy;
        options.AddPolicy(Authenticated, AuthenticatedPolicy);
        options.AddPolicy(PolicyNames.ApiToken, p => p.AddAuthenticationSchemes(BearerScheme)
            .RequireAuthenticatedUser());
        // Platform operators must have signed in with their second factor (amr = mfa, RFC 8176).
        options.AddPolicy(PlatformOperator, p => p.AddAuthenticationSchemes(Schemes).RequireRole(Roles.PlatformOperator)
            .RequireClaim(AuthenticationMethodClaim, MultiFactor));
        options.AddPolicy(AgencyAdministration, p => p.AddAuthenticationSchemes(Schemes).RequireAssertion(c =>
            c.User.IsInRole(Roles.AgencyAdmin) || c.User.HasClaim("role", Roles.AgencyAdmin)
            || ((c.User.IsInRole(Roles.PlatformOperator) || c.User.HasClaim("role", Roles.PlatformOperator))
                && c.User.HasClaim(AuthenticationMethodClaim, MultiFactor))));
        options.AddPolicy(Official, p => p.AddAuthenticationSchemes(BearerScheme, IdentityConstants.ApplicationScheme)
            .RequireRole(Roles.OneStopOfficer, Roles.Specialist, Roles.Leader, Roles.Clerk));
        options.AddPolicy(Citizen, p => p.AddAuthenticationSchemes(CitizenAuthentication.CookieScheme).RequireRole(Roles.Citizen));
        options.AddPolicy(CitizenLevel2, p => p.AddAuthenticationSchemes(CitizenAuthentication.CookieScheme)
            .RequireRole(Roles.Citizen).RequireClaim("acr", CitizenAuthentication.Level2));
    }
}
