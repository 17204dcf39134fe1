using System.Net;
using System.Net.Http.Json;
using LienThong.Identity.Contracts;
using LienThong.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Host.Tests;

/// <summary>
/// Deny by default, checked: every endpoint is public on purpose or names a policy, and each protected
/// API endpoint lets exactly the roles of its policy through — walked with a real token per role.
/// </summary>
public sealed class EndpointAuthorizationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Password = "LienThong@2026";

    private static readonly string[] CitizenCookieOnly = ["(citizen cookie)"];

    private static readonly string[] Officials = [Roles.OneStopOfficer, Roles.Specialist, Roles.Leader, Roles.Clerk];

    /// <summary>Protected API endpoints and who may call them. A new endpoint must be added here.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["GET /api/identity/me"] = [.. Roles.All],
        ["GET /api/identity/clients"] = [Roles.PlatformOperator],
        ["GET /api/trust/certificates"] = [Roles.PlatformOperator],
        ["GET /api/trust/coverage"] = [.. Roles.All],
        // Everyone with a token passes the policy; who may sign what is the handler's rule (SignApiTests).
        ["POST /api/trust/sign/pdf"] = [.. Roles.All],
        ["GET /api/exchange/grants"] = [Roles.PlatformOperator],
        ["POST /api/exchange/grants"] = [Roles.PlatformOperator],
        ["POST /api/exchange/grants/{id:int}/revoke"] = [Roles.PlatformOperator],
        ["GET /api/exchange/outbox"] = [Roles.PlatformOperator],
        ["POST /api/exchange/outbox/{id}/retry"] = [Roles.PlatformOperator],
        // Citizens' own pages and APIs take the citizen's sign-in cookie only: no bearer token of any role passes (401).
        ["GET /api/exchange/my-data"] = CitizenCookieOnly,
        ["GET /api/public-services/procedures/{code}/prefill"] = CitizenCookieOnly,
        ["POST /api/trust/certificates"] = [Roles.PlatformOperator],
        ["POST /api/trust/certificates/{serial}/renew"] = [Roles.PlatformOperator],
        ["POST /api/trust/certificates/{serial}/revoke"] = [Roles.PlatformOperator],
        ["PUT /api/registry/calendar/days/{date}"] = [Roles.PlatformOperator],
        ["DELETE /api/registry/calendar/days/{date}"] = [Roles.PlatformOperator],
        ["POST /api/public-services/procedures"] = [Roles.PlatformOperator],
        // Dossiers: the citizen's own (cookie), and the officials' workspace (working roles; the agency is the handler's rule).
        ["GET /api/public-services/my/dossiers"] = CitizenCookieOnly,
        ["POST /api/public-services/my/dossiers"] = CitizenCookieOnly,
        ["GET /api/public-services/my/dossiers/{id:guid}"] = CitizenCookieOnly,
        ["PUT /api/public-services/my/dossiers/{id:guid}/form"] = CitizenCookieOnly,
        ["PUT /api/public-services/my/dossiers/{id:guid}/components/{component}"] = CitizenCookieOnly,
        ["POST /api/public-services/my/dossiers/{id:guid}/components/{component}/reuse"] = CitizenCookieOnly,
        ["POST /api/public-services/my/dossiers/{id:guid}/components/{component}/fetch"] = CitizenCookieOnly,
        ["GET /api/public-services/my/dossiers/{id:guid}/preview"] = CitizenCookieOnly,
        ["POST /api/public-services/my/dossiers/{id:guid}/submit"] = CitizenCookieOnly,
        ["POST /api/public-services/my/dossiers/{id:guid}/supplement"] = CitizenCookieOnly,
        ["POST /api/public-services/my/dossiers/{id:guid}/payment"] = CitizenCookieOnly,
        ["POST /api/public-services/my/dossiers/{id:guid}/rating"] = CitizenCookieOnly,
        ["GET /api/public-services/my/dossiers/{id:guid}/result"] = CitizenCookieOnly,
        ["GET /api/public-services/my/documents"] = CitizenCookieOnly,
        ["GET /api/public-services/inbox"] = Officials,
        ["GET /api/public-services/dossiers/{id:guid}"] = Officials,
        ["GET /api/public-services/dossiers/{id:guid}/files/{file:guid}"] = Officials,
        ["POST /api/public-services/dossiers/{id:guid}/advance"] = Officials,
        ["POST /api/public-services/dossiers/{id:guid}/supplement-request"] = Officials,
        ["POST /api/public-services/dossiers/{id:guid}/refuse"] = Officials,
        ["POST /api/public-services/dossiers/{id:guid}/apology"] = Officials,
        // Documents: the officials of the agency (drafting, signing and issuing roles are the handler's rule).
        // Officials pass the policy; drafting is for specialists and clerks (the handler answers 403 to the others).
        ["POST /api/documents"] = [Roles.Specialist, Roles.Clerk],
        ["GET /api/documents/{id:guid}"] = Officials,
        ["GET /api/documents/{id:guid}/pdf"] = Officials,
        ["POST /api/documents/{id:guid}/comments"] = Officials,
        ["POST /api/documents/{id:guid}/approve"] = Officials,
        ["POST /api/documents/{id:guid}/sign"] = Officials,
        ["POST /api/documents/{id:guid}/issue"] = Officials,
        ["GET /api/documents/registers/outgoing"] = Officials,
        ["GET /api/documents/search"] = Officials,
        ["POST /api/documents/incoming"] = [Roles.Clerk],
        ["POST /api/documents/incoming/{id:guid}/register"] = [Roles.Clerk],
        ["GET /api/documents/registers/incoming"] = Officials,
        ["POST /api/documents/{id:guid}/send"] = [Roles.Clerk],
        ["GET /api/documents/templates"] = Officials,
        ["GET /api/indicators/community-teams/coverage"] = Officials,
        ["GET /api/indicators/community-teams"] = Officials,
        ["POST /api/indicators/community-teams/{id:guid}/activities"] = Officials,
        ["GET /api/indicators/community-teams/activity"] = Officials,
        ["GET /api/indicators/service-quality"] = Officials,
        ["GET /api/indicators/service-quality/dossiers"] = Officials,
        ["GET /api/indicators/service-quality/export"] = Officials,
        ["GET /api/indicators/frameworks"] = Officials,
        ["GET /api/indicators/dti"] = Officials,
        ["GET /api/indicators/ranking"] = Officials,
        ["GET /api/indicators/plan/tasks"] = Officials,
        // The plan's owners are agencies (the provincial People's Committee, the ICT department): of the demo accounts per
        // role, the leader and the clerk sit in the People's Committee.
        ["POST /api/indicators/plan/tasks"] = [Roles.Leader, Roles.Clerk],
        ["POST /api/indicators/plan/tasks/{id:guid}/reports"] = Officials,
        ["GET /api/indicators/plan/progress"] = Officials,
        ["GET /api/indicators/plan/meetings"] = Officials,
        ["POST /api/indicators/plan/meetings"] = [Roles.Leader, Roles.Clerk],
        ["GET /api/indicators/values"] = Officials,
        ["POST /api/indicators/values"] = Officials,
        ["POST /api/indicators/values/import"] = Officials,
        ["POST /api/indicators/values/approve"] = [Roles.Leader],
        ["GET /api/documents/registers/{kind}/export"] = Officials,
        ["POST /api/documents/{id:guid}/attachments"] = [Roles.Specialist, Roles.Clerk],
        ["GET /api/documents/{id:guid}/attachments/{attachmentId:guid}"] = Officials,
        ["POST /api/documents/{id:guid}/recall"] = [Roles.Clerk, Roles.Leader],
        ["GET /api/documents/{id:guid}/edxml"] = [Roles.Clerk],
        ["GET /api/documents/incoming/{id:guid}"] = Officials,
        ["POST /api/documents/incoming/{id:guid}/return"] = [Roles.Clerk],
        ["POST /api/documents/incoming/{id:guid}/assign"] = [Roles.Leader, Roles.Clerk],
        ["POST /api/documents/incoming/{id:guid}/process"] = Officials,
        ["POST /api/documents/incoming/{id:guid}/complete"] = Officials,
        ["POST /api/documents/incoming/{id:guid}/recall-answer"] = [Roles.Clerk],
        ["GET /api/public-services/legs"] = Officials,
    };

    private static readonly Dictionary<string, string> DemoAccountOfRole = new()
    {
        [Roles.OneStopOfficer] = "motcua.vpdkdd",
        [Roles.Specialist] = "chuyenvien.stnmt",
        [Roles.Leader] = "lanhdao.ubndtinh",
        [Roles.Clerk] = "vanthu.ubndtinh",
        [Roles.AgencyAdmin] = "quantri.stnmt",
        [Roles.PlatformOperator] = "vanhanh.stttt",
        [Roles.Citizen] = "congdan.demo",
    };

    private IEnumerable<RouteEndpoint> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static string Key(RouteEndpoint endpoint) =>
        $"{endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "*"} /{endpoint.RoutePattern.RawText!.TrimStart('/')}";

    [Fact]
    public void EveryEndpoint_IsPublicOnPurpose_OrNamesAPolicy()
    {
        _ = app.Server;
        var undeclared = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(Key).ToList();

        Assert.True(undeclared.Count == 0, "Endpoints without a declared policy: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void EveryProtectedApiEndpoint_IsInTheMatrix()
    {
        _ = app.Server;
        var protectedApi = Endpoints()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal)
                && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(Key).ToHashSet();

        Assert.Equal(Allowed.Keys.Order(), protectedApi.Order());
    }

    [Fact]
    public async Task EveryRoleAndAnonymous_GetExactlyWhatTheirPolicyAllows()
    {
        var clientId = await OAuthFlows.RegisterPublicClientAsync(app);
        var tokens = new Dictionary<string, string>();
        foreach (var (role, account) in DemoAccountOfRole)
        {
            tokens[role] = (await OAuthFlows.SignInWithCodeAsync(app, clientId, account, Password, OAuthFlows.OperatorTotpKey))
                .GetProperty("access_token").GetString()!;
        }
        using var client = app.CreateClient();
        var wrong = new List<string>();
        foreach (var (endpoint, roles) in Allowed)
        {
            var method = new HttpMethod(endpoint.Split(' ')[0]);
            // Route values get a harmless sample; authorisation is decided before the handler reads them.
            var path = System.Text.RegularExpressions.Regex.Replace(endpoint.Split(' ')[1], "{[^}]+}",
                m => m.Value.EndsWith(":guid}", StringComparison.Ordinal) ? Guid.Empty.ToString() : "00");
            var anonymous = await client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(new { }) },
                TestContext.Current.CancellationToken);
            if (anonymous.StatusCode != HttpStatusCode.Unauthorized)
            {
                wrong.Add($"{endpoint} anonymous → {(int)anonymous.StatusCode}");
            }
            foreach (var (role, token) in tokens)
            {
                using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(new { }) };
                request.Headers.Authorization = new("Bearer", token);
                var status = (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode;
                var allowed = roles.Contains(role);
                if (roles == CitizenCookieOnly ? status != HttpStatusCode.Unauthorized
                    : allowed ? status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden : status != HttpStatusCode.Forbidden)
                {
                    wrong.Add($"{endpoint} as {role} → {(int)status}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }
}
