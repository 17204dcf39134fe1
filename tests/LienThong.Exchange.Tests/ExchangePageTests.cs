using LienThong.Exchange.MessageLog;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Exchange.Tests;

/// <summary>The operator's page: traffic per service and consumer, access rights granted and revoked (audited).</summary>
public sealed class ExchangePageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Operator_SeesTraffic_GrantsAndRevokesAccess_AndAClerkIsRefused()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var writer = scope.ServiceProvider.GetRequiredService<MessageLogWriter>();
            foreach (var (outcome, status, ms) in new[] { ("forwarded", 200, 12.5), ("forwarded", 200, 30.0), ("denied", 403, 0.4) })
            {
                await writer.AppendAsync(new LogRecord
                {
                    MessageId = Guid.NewGuid().ToString(), OccurredAt = DateTimeOffset.UtcNow, Consumer = "VN-QNA/GOV/000.01.02.H47/MOTCUA",
                    Service = "VN-QNA/GOV/000.00.00.G01/CSDLQGDC/cong-dan", Method = "GET", Path = "/cong-dan/x", RequestDigest = "d",
                    Outcome = outcome, Status = status, DurationMs = ms,
                }, Ct);
            }
        }
        using var browser = await OAuthFlows.SignedInBrowserAsync(app, "vanhanh.stttt");

        var page = await browser.GetStringAsync("/quan-tri/trao-doi", Ct);
        var granted = await OAuthFlows.PostFormAsync(browser, "/quan-tri/trao-doi", "grant",
            ("Consumer", "VN-QNA/GOV/000.00.00.H47/LGSP"), ("Service", "VN-QNA/GOV/000.00.00.G01/CSDLQGDC/cong-dan"), ("Purposes", "1.001193"));
        var grantedHtml = await granted.Content.ReadAsStringAsync(Ct);
        var id = System.Text.RegularExpressions.Regex.Match(grantedHtml, @"Đã cấp quyền số (\d+)").Groups[1].Value;
        var revoked = await OAuthFlows.PostFormAsync(browser, "/quan-tri/trao-doi", "revoke-" + id);
        var refusedGrant = await OAuthFlows.PostFormAsync(browser, "/quan-tri/trao-doi", "grant",
            ("Consumer", "VN-QNA/GOV/999.99.99.H99/KHONG"), ("Service", "VN-QNA/GOV/000.00.00.G01/CSDLQGDC/cong-dan"), ("Purposes", "*"));
        using var clerk = await OAuthFlows.SignedInBrowserAsync(app, "vanthu.ubndtinh");
        var clerkPage = await clerk.GetAsync("/quan-tri/trao-doi", Ct);

        Assert.Contains("<td>VN-QNA/GOV/000.00.00.G01/CSDLQGDC/cong-dan</td><td>VN-QNA/GOV/000.01.02.H47/MOTCUA</td><td>3</td><td>1</td><td>0</td><td>12.5</td><td>30.0</td><td>30.0</td>",
            System.Text.RegularExpressions.Regex.Replace(page, @">\s+<", "><"), StringComparison.Ordinal);
        Assert.NotEmpty(id);
        Assert.Contains($"Đã thu hồi quyền số {id}.", await revoked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Không có hệ thống VN-QNA/GOV/999.99.99.H99/KHONG", await refusedGrant.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, clerkPage.StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<BuildingBlocks.Auditing.IAuditLog>().RecentAsync(20, Ct);
            Assert.Contains(audit, e => e.Action == "exchange.grant.revoked" && e.Target == id);
        }
    }
}
