using System.Security.Claims;
using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Identifiers;
using LienThong.Identity.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LienThong.Identity.Citizens;

/// <summary>
/// "Đăng nhập bằng VNeID": the OpenID Connect client (code + PKCE) and the citizen's own cookie.
/// The level of assurance travels as <c>acr</c>; an action needing level 2 asks again with
/// <c>acr_values</c> (step-up), and a level-1 account gets a clear Vietnamese explanation.
/// </summary>
public static class CitizenAuthentication
{
    public const string CookieScheme = "citizen";
    public const string VNeIdScheme = "vneid";
    public const string Level1 = "urn:vneid:loa:1";
    public const string Level2 = "urn:vneid:loa:2";
    public const string AcrItem = "acr_values";
    public const string NeedLevel2Path = "/cong-dan/can-muc-2";

    internal static void Add(IServiceCollection services)
    {
        services.AddOptions<VNeIdClientOptions>().BindConfiguration(VNeIdClientOptions.Section);
        services.AddAuthentication()
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = "lienthong.citizen";
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.LoginPath = "/dang-nhap/vneid";
                o.AccessDeniedPath = NeedLevel2Path;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                // Policies that accept several schemes challenge each of them; this cookie only speaks
                // for the citizen's pages, and leaves the officials' redirects alone elsewhere.
                o.Events.OnRedirectToLogin = c => CitizenArea(c) ? IdentityModule.ApiOrRedirect(c, StatusCodes.Status401Unauthorized) : Task.CompletedTask;
                o.Events.OnRedirectToAccessDenied = c => CitizenArea(c) ? IdentityModule.ApiOrRedirect(c, StatusCodes.Status403Forbidden) : Task.CompletedTask;
            })
            .AddOpenIdConnect(VNeIdScheme, o =>
            {
                o.SignInScheme = CookieScheme;
                o.ResponseType = "code";
                // Query, not form_post: the callback is then a top-level GET and Lax cookies suffice.
                o.ResponseMode = "query";
                o.UsePkce = true;
                o.CallbackPath = "/signin-vneid";
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("profile");
                o.MapInboundClaims = false;
                // The handler drops "acr" by default; the level of assurance is exactly what policies need.
                o.ClaimActions.Remove("acr");
                o.TokenValidationParameters.NameClaimType = "name";
                o.TokenValidationParameters.RoleClaimType = "role";
                o.CorrelationCookie.SameSite = o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Events.OnRedirectToIdentityProvider = RequestLevel;
                o.Events.OnTokenValidated = SignedInAsync;
                o.Events.OnRemoteFailure = FailedAsync;
            });
        services.AddOptions<OpenIdConnectOptions>(VNeIdScheme).Configure<IOptions<VNeIdClientOptions>>((o, vneid) =>
        {
            o.Authority = vneid.Value.Authority;
            o.ClientId = vneid.Value.ClientId;
            o.ClientSecret = vneid.Value.ClientSecret;
            o.RequireHttpsMetadata = vneid.Value.Authority.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
        });
    }

    private static bool CitizenArea(RedirectContext<CookieAuthenticationOptions> context) =>
        context.Request.Path.StartsWithSegments("/cong-dan") || context.Request.Path.StartsWithSegments("/api");

    private static Task RequestLevel(RedirectContext context)
    {
        if (context.Properties.Items.TryGetValue(AcrItem, out var acr) && acr is not null)
        {
            context.ProtocolMessage.AcrValues = acr;
        }
        return Task.CompletedTask;
    }

    private static async Task SignedInAsync(TokenValidatedContext context)
    {
        var identity = (ClaimsIdentity)context.Principal!.Identity!;
        identity.AddClaim(new Claim("role", Roles.Citizen));
        var number = identity.FindFirst("sub")?.Value;
        await context.HttpContext.RequestServices.GetRequiredService<IAuditLog>().RecordAsync(
            PersonalIdNumber.Mask(number), "identity.citizen.signin.succeeded", AuditOutcome.Success, null,
            context.HttpContext.Connection.RemoteIpAddress?.ToString(), identity.FindFirst("acr")?.Value);
    }

    private static async Task FailedAsync(RemoteFailureContext context)
    {
        var unmet = context.Failure?.Message.Contains("unmet_authentication_requirements", StringComparison.Ordinal) == true;
        await context.HttpContext.RequestServices.GetRequiredService<IAuditLog>().RecordAsync(
            "citizen", "identity.citizen.signin.failed", AuditOutcome.Failure, null,
            context.HttpContext.Connection.RemoteIpAddress?.ToString(), unmet ? "level 2 required" : context.Failure?.GetType().Name);
        context.Response.Redirect(unmet ? NeedLevel2Path + "?loi=muc-1" : "/cong-dich-vu-cong?loi=dang-nhap");
        context.HandleResponse();
    }
}
