using LienThong.BuildingBlocks.Persistence;
using LienThong.Identity.Citizens;
using LienThong.Identity.Clients;
using LienThong.Identity.Contracts;
using LienThong.Identity.Domain;
using LienThong.Identity.Features;
using LienThong.Identity.Persistence;
using LienThong.Identity.Seed;
using LienThong.Identity.Server;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.EntityFrameworkCore.Models;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LienThong.Identity;

/// <summary>Officials' accounts, the OpenID Connect / OAuth 2 server, agency system clients (see README.md).</summary>
public static class IdentityModule
{
    /// <summary>The audience of every access token LienThong issues for its own APIs.</summary>
    public const string ApiAudience = "lienthong";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services)
    {
        services.AddOptions<LienThongIdentityOptions>().BindConfiguration(LienThongIdentityOptions.Section).ValidateOnStart();
        services.AddModuleDbContext<IdentityDbContext, SqliteIdentityDbContext, PostgresIdentityDbContext>(IdentityDbContext.Module);
        services.AddIdentity<Official, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<OfficialClaimsPrincipalFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/dang-nhap";
            o.AccessDeniedPath = "/khong-co-quyen";
            o.Cookie.Name = "lienthong.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // APIs answer 401/403; only pages are sent to the login page.
            o.Events.OnRedirectToLogin = c => ApiOrRedirect(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiOrRedirect(c, StatusCodes.Status403Forbidden);
        });
        services.AddSingleton<OidcKeys>();
        services.AddSingleton<ValidatedTokenCache>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, o =>
        {
            o.ForwardChallenge = OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            o.ForwardForbid = OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        });
        services.AddOpenIddict()
            .AddCore(o =>
            {
                o.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>();
                o.ReplaceApplicationManager<OpenIddictEntityFrameworkCoreApplication, AgencyClientManager>();
            })
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetRevocationEndpointUris("connect/revoke");
                // RFC 7636 §4.2: "plain" offers no protection once the request is seen; S256 only.
                o.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, AgencyClients.GatewayScope);
                // Access tokens are signed JWTs that resource servers can check with the JWKS alone.
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().EnableErrorPassthrough();
                o.AddEventHandler(ForgetTokenEntriesOnRevocation.Descriptor);
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.AddAudiences(ApiAudience);
                // Revocation takes effect at once on this host (within seconds on others): each access token is checked
                // against its stored entry when it is not remembered (ValidatedTokenCache, a few seconds).
                o.AddEventHandler(ValidateTokenEntry.Descriptor);
                o.UseAspNetCore();
            });
        services.AddOptions<OpenIddictServerOptions>().Configure<OidcKeys, IOptions<LienThongIdentityOptions>>((o, keys, settings) =>
        {
            o.SigningCredentials.Add(new SigningCredentials(keys.Signing, SecurityAlgorithms.RsaSha256));
            o.EncryptionCredentials.Add(new EncryptingCredentials(keys.Encryption, SecurityAlgorithms.Aes256KW,
                SecurityAlgorithms.Aes256CbcHmacSha512));
            o.AccessTokenLifetime = settings.Value.AccessTokenLifetime;
            o.RefreshTokenLifetime = settings.Value.RefreshTokenLifetime;
            o.AuthorizationCodeLifetime = settings.Value.AuthorizationCodeLifetime;
            o.Issuer = settings.Value.Issuer;
        });
        services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IOptions<LienThongIdentityOptions>>((o, settings) =>
            o.DisableTransportSecurityRequirement = !settings.Value.RequireHttps);
        CitizenAuthentication.Add(services);
        services.AddAuthorization(IdentityPolicies.Add);
        services.AddScoped<IAgencyClients, AgencyClients>();
        services.AddScoped<IIdentityAdministration, IdentitySeeder>();
        services.AddScoped<IOfficialDirectory, OfficialDirectory>();
        services.AddScoped<IPlatformClientCredentials, PlatformClientCredentials>();
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        // The OAuth endpoints authenticate their callers themselves (client secret, PKCE, login page).
        app.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeEndpoint.Handle).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/connect/token", TokenEndpoint.Handle).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/dang-nhap/vneid", CitizenSignInEndpoint.Handle).AllowAnonymous().ExcludeFromDescription();
        var api = app.MapGroup("/api/identity").WithTags("Identity");
        api.MapGet("/me", MeEndpoint.Handle).RequireAuthorization(IdentityPolicies.Authenticated)
            .WithName("GetCurrentCaller").WithSummary("Who is calling: an official, a citizen or an agency system");
        api.MapGet("/clients", ListClientsEndpoint.Handle).RequireAuthorization(IdentityPolicies.PlatformOperator)
            .WithName("ListAgencyClients").WithSummary("OAuth clients of agency information systems (platform operators)");
        return app;
    }

    internal static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
