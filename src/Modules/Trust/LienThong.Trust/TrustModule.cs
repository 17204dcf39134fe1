using LienThong.BuildingBlocks.Persistence;
using LienThong.Trust.Keys;
using LienThong.Trust.Persistence;
using LienThong.Trust.Pki;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LienThong.Trust;

/// <summary>The province's PKI: CAs, certificates, CRLs (see README.md). Signing and validation come next.</summary>
public static class TrustModule
{
    public static IServiceCollection AddTrustModule(this IServiceCollection services)
    {
        services.AddOptions<TrustOptions>().BindConfiguration(TrustOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustOptions>, TrustOptionsValidator>();
        services.AddModuleDbContext<TrustDbContext, SqliteTrustDbContext, PostgresTrustDbContext>(TrustDbContext.Module);
        services.AddSingleton<IKeyStore, EncryptedFileKeyStore>();
        services.AddScoped<CertificateAuthority>();
        services.AddScoped<ITrustAdministration, TrustAdministration>();
        return services;
    }

    public static IEndpointRouteBuilder MapTrustEndpoints(this IEndpointRouteBuilder app)
    {
        // Relying parties anywhere must reach CRLs and CA certificates without credentials (RFC 5280 §4.2.1.13).
        var pki = app.MapGroup("/pki").WithTags("PKI").AllowAnonymous();
        pki.MapGet("/crl/{name}.crl", async (string name, CertificateAuthority authority, CancellationToken ct) =>
                CaProfile(name) is { } profile
                    ? Results.File(await authority.CrlAsync(profile, ct), "application/pkix-crl")
                    : Results.NotFound())
            .WithName("GetCrl").WithSummary("Certificate revocation list of the root or issuing CA (DER)");
        pki.MapGet("/ca/{name}.cer", async (string name, CertificateAuthority authority, CancellationToken ct) =>
                CaProfile(name) is { } profile && await authority.CaCertificateAsync(profile, ct) is { } der
                    ? Results.File(der, "application/pkix-cert")
                    : Results.NotFound())
            .WithName("GetCaCertificate").WithSummary("Certificate of the root or issuing CA (DER)");
        return app;
    }

    private static string? CaProfile(string name) => name switch
    {
        "root" => CertificateProfiles.RootCa,
        "issuing" => CertificateProfiles.IssuingCa,
        _ => null,
    };
}
