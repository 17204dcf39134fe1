using System.Security.Cryptography;
using LienThong.BuildingBlocks.Security;
using LienThong.VNeID.Endpoints;
using LienThong.VNeID.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LienThong.VNeID;

/// <summary>
/// A VNeID-style OpenID Connect provider: its own web application (own DI container, port, keys and
/// database), so that LienThong talks to it exactly as to the real one — over HTTP, through discovery.
/// </summary>
public static class VNeIdProvider
{
    public const string SessionScheme = "vneid.session";

    /// <summary>Builds, migrates, registers the relying party, and starts listening.</summary>
    public static async Task<WebApplication> StartAsync(VNeIdSettings settings, CancellationToken cancellationToken = default)
    {
        var app = Build(settings);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<VNeIdDbContext>().Database.MigrateAsync(cancellationToken);
            await RegisterRelyingPartyAsync(scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>(), settings, cancellationToken);
        }
        await app.StartAsync(cancellationToken);
        return app;
    }

    private static WebApplication Build(VNeIdSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(VNeIdProvider).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseUrls(settings.Url);
        builder.Logging.ClearProviders().AddJsonConsole().SetMinimumLevel(LogLevel.Warning);
        var data = Directory.CreateDirectory(settings.DataDirectory).FullName;
        var keys = Directory.CreateDirectory(Path.Combine(data, "keys")).FullName;

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton<CitizenDirectory>();
        services.AddDbContext<VNeIdDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(data, "vneid.db")}"));
        // Own key ring and cookie names: cookies ignore ports, so on one host name the platform's and the
        // provider's cookies would otherwise overwrite each other.
        services.AddDataProtection().SetApplicationName("LienThong.VNeID").PersistKeysToFileSystem(new DirectoryInfo(keys));
        services.AddAntiforgery(o => o.Cookie.Name = "vneid.antiforgery");
        services.AddAuthentication(SessionScheme).AddCookie(SessionScheme, o =>
        {
            o.LoginPath = "/dang-nhap";
            o.Cookie.Name = "vneid.session";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
        });
        services.AddAuthorization();

        var rsa = RSA.Create();
        rsa.ImportFromPem(KeyFiles.ReadOrCreate(Path.Combine(keys, "signing.pem"), () => RSA.Create(2048).ExportPkcs8PrivateKeyPem()));
        var encryption = Convert.FromBase64String(KeyFiles.ReadOrCreate(Path.Combine(keys, "encryption.key"),
            () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<VNeIdDbContext>())
            .AddServer(o =>
            {
                o.SetIssuer(new Uri(settings.Url));
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile);
                o.RegisterClaims(Claims.AuthenticationContextReference);
                o.AddSigningKey(new RsaSecurityKey(rsa) { KeyId = "vneid-" + Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..12] });
                o.AddEncryptionKey(new SymmetricSecurityKey(encryption));
                o.DisableAccessTokenEncryption();
                // Demo provider on plain HTTP; the real provider is HTTPS.
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapGet("/", () => Results.Text("VNeID (mô phỏng) — nhà cung cấp định danh điện tử cho trình diễn và kiểm thử.", "text/plain; charset=utf-8"));
        app.MapGet("/dang-nhap", LoginPage.Show);
        app.MapPost("/dang-nhap", LoginPage.Submit);
        app.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeEndpoint.Handle);
        app.MapPost("/connect/token", (Delegate)TokenEndpoint.Handle);
        return app;
    }

    private static async Task RegisterRelyingPartyAsync(IOpenIddictApplicationManager applications, VNeIdSettings settings, CancellationToken ct)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = settings.ClientId,
            ClientSecret = settings.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "LienThong",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in settings.RedirectUris)
        {
            descriptor.RedirectUris.Add(uri);
        }
        // Settings are the truth: the client is rewritten on each start (new secret, new redirect URIs).
        if (await applications.FindByClientIdAsync(settings.ClientId, ct) is { } existing)
        {
            await applications.DeleteAsync(existing, ct);
        }
        await applications.CreateAsync(descriptor, ct);
    }
}
