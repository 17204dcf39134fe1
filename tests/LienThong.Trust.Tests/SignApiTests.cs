using System.Net;
using System.Net.Http.Headers;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Trust.Tests;

/// <summary>POST /api/trust/sign/pdf: officials sign in their own name, clerks seal for their own agency, nobody for someone else.</summary>
public sealed class SignApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Password = "LienThong@2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> TokenOfAsync(string userName)
    {
        var client = await OAuthFlows.RegisterPublicClientAsync(app);
        return (await OAuthFlows.SignInWithCodeAsync(app, client, userName, Password, OAuthFlows.OperatorTotpKey))
            .GetProperty("access_token").GetString()!;
    }

    private async Task<HttpResponseMessage> SignAsync(string? token, byte[] pdf, params (string Key, string Value)[] fields)
    {
        using var client = app.CreateClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "to-trinh.pdf" } };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/trust/sign/pdf") { Content = form };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task LeaderSigns_ClerkSeals_OthersAreRefused_AndEveryAttemptIsAudited()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var trust = scope.ServiceProvider.GetRequiredService<ITrustAdministration>();
            Assert.Null((await trust.IssueAsync("official", "lanhdao.ubndtinh", Ct)).Error);
            Assert.Null((await trust.IssueAsync("seal", "000.00.00.H47", Ct)).Error);
        }
        var leader = await TokenOfAsync("lanhdao.ubndtinh");
        var clerk = await TokenOfAsync("vanthu.ubndtinh");
        var specialist = await TokenOfAsync("chuyenvien.stnmt");

        var signed = await SignAsync(leader, SamplePdf.Create());
        var signedBytes = await signed.Content.ReadAsByteArrayAsync(Ct);
        var sealed_ = await SignAsync(clerk, signedBytes, ("as", "seal"), ("level", "B-T"));
        var leaderSealing = await SignAsync(leader, SamplePdf.Create(), ("as", "seal"));
        var noCertificate = await SignAsync(specialist, SamplePdf.Create());
        var notPdf = await SignAsync(leader, "Tờ trình"u8.ToArray());
        var badMark = await SignAsync(leader, SamplePdf.Create(), ("mark", "sideways"));
        var anonymous = await SignAsync(null, SamplePdf.Create());
        using var cookieBrowser = await OAuthFlows.SignedInBrowserAsync(app, "lanhdao.ubndtinh");
        using var cookieForm = new MultipartFormDataContent { { new ByteArrayContent(SamplePdf.Create()), "file", "x.pdf" } };
        var withCookieOnly = await cookieBrowser.PostAsync("/api/trust/sign/pdf", cookieForm, Ct);
        IReadOnlyList<Validation.SignatureReport>? reports;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            (reports, _) = await scope.ServiceProvider.GetRequiredService<ITrustAdministration>()
                .ValidatePdfAsync(await sealed_.Content.ReadAsByteArrayAsync(Ct), Ct);
        }

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal("application/pdf", signed.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, sealed_.StatusCode);
        Assert.Equal(["Lê Văn Dũng", "Ủy ban nhân dân tỉnh Quảng Nam"], reports!.Select(r => r.Signer));
        Assert.All(reports!, r => Assert.Equal(Validation.Indications.TotalPassed, r.Indication));
        Assert.Equal(HttpStatusCode.Forbidden, leaderSealing.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noCertificate.StatusCode);
        Assert.Contains("/problems/trust/signing-refused", await noCertificate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notPdf.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badMark.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withCookieOnly.StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<BuildingBlocks.Auditing.IAuditLog>().RecentAsync(50, Ct);
            Assert.Contains(audit, e => e.Action == "trust.signature.created" && e.Actor == "vanthu.ubndtinh" && e.Outcome == BuildingBlocks.Auditing.AuditOutcome.Success);
            Assert.Contains(audit, e => e.Action == "trust.signature.created" && e.Actor == "chuyenvien.stnmt" && e.Outcome == BuildingBlocks.Auditing.AuditOutcome.Failure);
        }
    }
}
