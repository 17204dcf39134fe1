using LienThong.BuildingBlocks.Persistence;
using LienThong.BuildingBlocks.Problems;
using LienThong.Identity.Contracts;
using LienThong.Trust.Contracts;
using LienThong.Trust.Features;
using LienThong.Trust.Keys;
using LienThong.Trust.Ocsp;
using LienThong.Trust.Persistence;
using LienThong.Trust.Pki;
using LienThong.Trust.Signing;
using LienThong.Trust.TimeStamping;
using LienThong.Trust.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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
        // One key store for every key: a PKCS#11 token when configured, encrypted files otherwise. Callers see only ISigner.
        services.AddSingleton<EncryptedFileKeyStore>();
        services.AddSingleton<Pkcs11KeyStore>();
        services.AddSingleton<IKeyStore>(sp => sp.GetRequiredService<IOptions<TrustOptions>>().Value.Pkcs11.Enabled
            ? sp.GetRequiredService<Pkcs11KeyStore>()
            : sp.GetRequiredService<EncryptedFileKeyStore>());
        services.AddScoped<CertificateAuthority>();
        services.AddScoped<CertificateEnrolment>();
        services.AddScoped<ISignatureCoverage>(sp => sp.GetRequiredService<CertificateEnrolment>());
        services.AddScoped<ITrustAdministration, TrustAdministration>();
        services.AddScoped<TimeStampAuthority>();
        services.AddScoped<OcspResponder>();
        services.AddScoped<CmsSealer>();
        services.AddScoped<PadesSigner>();
        services.AddScoped<IDocumentSigner, DocumentSigner>();
        services.AddScoped<LongTermValidationData>();
        services.AddScoped<XmlSealer>();
        services.AddScoped<CmsValidator>();
        services.AddSingleton<TrustAnchors>();
        services.AddScoped<PdfSignatureValidator>();
        services.AddScoped<ISignatureVerifier, SignatureVerifier>();
        services.AddScoped<Validation.XmlSignatureValidator>();
        return services;
    }

    /// <param name="operatorPolicy">The authorisation policy of platform operators (owned by the Identity module).</param>
    /// <param name="officialPolicy">Any signed-in official (reports).</param>
    public static IEndpointRouteBuilder MapTrustEndpoints(this IEndpointRouteBuilder app, string operatorPolicy, string officialPolicy)
    {
        CoverageEndpoint.Map(app, officialPolicy);
        ProblemTypes.Register(SignPdfEndpoint.Refused);
        CertificateEndpoints.Map(app.MapGroup("/api/trust").WithTags("Trust").RequireAuthorization(operatorPolicy));
        ProblemTypes.Register(ValidateEndpoint.Unsupported);
        ProblemTypes.Register(ValidateEndpoint.TooLarge);
        ProblemTypes.Register(ValidateEndpoint.UnreadablePdf);
        var maxBytes = app.ServiceProvider.GetRequiredService<IOptions<TrustOptions>>().Value.MaxDocumentBytes;
        app.MapPost("/api/trust/validate", ValidateEndpoint.Handle).WithTags("Trust").AllowAnonymous().DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(2 * maxBytes + 64 * 1024))
            .WithName("ValidateSignature")
            .WithSummary("Validate the signatures of a PDF (multipart: file), or a detached CAdES signature (file, signature); ETSI indications");
        // Multipart is a form post any page could send with the official's cookie: bearer tokens only (no CSRF).
        app.MapPost("/api/trust/sign/pdf", SignPdfEndpoint.Handle).WithTags("Trust").RequireAuthorization(PolicyNames.ApiToken).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes + 64 * 1024))
            .WithName("SignPdf")
            .WithSummary("Sign a PDF (PAdES B-T/B-LT) in the caller's own name (as=official) or, for a clerk, with their agency's seal (as=seal)");
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
        // RFC 3161 over HTTP (§3.4). Open like public TSAs: a token reveals only the hash it was given.
        pki.MapPost("/tsa", async (HttpRequest request, TimeStampAuthority tsa, CancellationToken ct) =>
            {
                if (request.ContentType != "application/timestamp-query")
                {
                    return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                        title: "Cần Content-Type: application/timestamp-query (RFC 3161)");
                }
                return await SmallBodyAsync(request, ct) is { } body
                    ? Results.Bytes(await tsa.RespondAsync(body, ct), "application/timestamp-reply")
                    : TooLarge();
            })
            .WithName("TimeStamp").WithSummary("RFC 3161 time-stamping service");
        // RFC 6960 Appendix A: POST with the DER request, or GET with it base64-encoded in the path.
        pki.MapPost("/ocsp", async (HttpRequest request, OcspResponder ocsp, CancellationToken ct) =>
            {
                return await SmallBodyAsync(request, ct) is { } body
                    ? Results.Bytes(await ocsp.RespondAsync(body, ct), "application/ocsp-response")
                    : TooLarge();
            })
            .WithName("OcspPost").WithSummary("OCSP responder (RFC 6960), POST");
        pki.MapGet("/ocsp/{**request}", async (string request, OcspResponder ocsp, CancellationToken ct) =>
            {
                byte[] der;
                try
                {
                    der = Convert.FromBase64String(Uri.UnescapeDataString(request));
                }
                catch (FormatException)
                {
                    der = [];
                }
                return Results.Bytes(await ocsp.RespondAsync(der, ct), "application/ocsp-response");
            })
            .WithName("OcspGet").WithSummary("OCSP responder (RFC 6960), GET");
        return app;
    }

    /// <summary>A TimeStampReq or OCSPRequest is a hash and a few fields; anything bigger is not one.</summary>
    private const int MaxProtocolRequestBytes = 8 * 1024;

    private static async Task<byte[]?> SmallBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is null or > MaxProtocolRequestBytes)
        {
            return null;
        }
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        return body.ToArray();
    }

    private static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Yêu cầu quá lớn hoặc thiếu Content-Length");

    private static string? CaProfile(string name) => name switch
    {
        "root" => CertificateProfiles.RootCa,
        "issuing" => CertificateProfiles.IssuingCa,
        _ => null,
    };
}
