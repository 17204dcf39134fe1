using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using System.Security.Claims;

namespace LienThong.Trust.Features;

/// <summary>Certificates for operators: list, issue, renew, revoke (every change audited).</summary>
internal static class CertificateEndpoints
{
    public sealed record IssueRequest(string Profile, string Subject);

    public sealed record RevokeRequest(string Reason);

    public static readonly ProblemType Refused = new("trust/request-refused", 400,
        "Yêu cầu chứng thư số bị từ chối", "The certificate request cannot be carried out; `detail` says why. Nothing was changed.");

    public static void Map(RouteGroupBuilder group)
    {
        ProblemTypes.Register(Refused);
        group.MapGet("/certificates", async (ITrustAdministration trust, CancellationToken ct) => TypedResults.Ok(await trust.ListAsync(ct)))
            .WithName("ListCertificates").WithSummary("Certificates issued by the platform's CAs");
        group.MapPost("/certificates", Issue).WithName("IssueCertificate")
            .WithSummary("Issue a certificate: profile seal (subject = agency e-ID), tsa, ocsp or tls-client (subject = name)");
        group.MapPost("/certificates/{serial}/renew", Renew).WithName("RenewCertificate")
            .WithSummary("New key and certificate for the same holder; the old one is revoked as superseded");
        group.MapPost("/certificates/{serial}/revoke", Revoke).WithName("RevokeCertificate")
            .WithSummary("Revoke with an RFC 5280 reason (once)");
    }

    private static async Task<Results<Created<CertificateSummary>, ProblemHttpResult>> Issue(IssueRequest request, ITrustAdministration trust,
        IAuditLog audit, ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        var (certificate, error) = await trust.IssueAsync(request.Profile ?? "", request.Subject ?? "", ct);
        await audit.RecordAsync(Actor(user), "trust.certificate.issued", certificate is null ? AuditOutcome.Failure : AuditOutcome.Success,
            certificate?.SerialNumber ?? request.Subject, Source(context), error ?? request.Profile, ct);
        return certificate is null
            ? Problems.Of(Refused, error!)
            : TypedResults.Created($"/api/trust/certificates/{certificate.SerialNumber}", certificate);
    }

    private static async Task<Results<Created<CertificateSummary>, ProblemHttpResult>> Renew(string serial, ITrustAdministration trust,
        IAuditLog audit, ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        var (certificate, error) = await trust.RenewAsync(serial, ct);
        await audit.RecordAsync(Actor(user), "trust.certificate.renewed", certificate is null ? AuditOutcome.Failure : AuditOutcome.Success,
            serial, Source(context), error ?? certificate!.SerialNumber, ct);
        return certificate is null
            ? Problems.Of(Refused, error!)
            : TypedResults.Created($"/api/trust/certificates/{certificate.SerialNumber}", certificate);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(string serial, RevokeRequest request, ITrustAdministration trust,
        IAuditLog audit, ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        var error = await trust.RevokeAsync(serial, request.Reason ?? "", ct);
        await audit.RecordAsync(Actor(user), "trust.certificate.revoked", error is null ? AuditOutcome.Success : AuditOutcome.Failure,
            serial, Source(context), error ?? request.Reason, ct);
        return error is null ? TypedResults.NoContent() : Problems.Of(Refused, error);
    }

    private static string Actor(ClaimsPrincipal user) => user.FindFirst("preferred_username")?.Value ?? user.Identity?.Name ?? user.FindFirst("sub")?.Value ?? "?";

    private static string? Source(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
