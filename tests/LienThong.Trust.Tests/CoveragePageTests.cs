using System.Net;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Trust.Tests;

/// <summary>The coverage page and API: any official reads them; a seal issued shows at once.</summary>
public sealed class CoveragePageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Clerk_SeesTheCoverage_ByLevel_AndTheAgenciesStillMissing()
    {
        using var browser = await OAuthFlows.SignedInBrowserAsync(app, "vanthu.ubndtinh");
        var before = await browser.GetStringAsync("/chung-thu-so/bao-phu", Ct);
        using (var scope = app.Services.CreateScope())
        {
            var (_, error) = await scope.ServiceProvider.GetRequiredService<ITrustAdministration>().IssueAsync("seal", "000.00.31.H47", Ct);
            Assert.Null(error);
        }

        var after = await browser.GetStringAsync("/chung-thu-so/bao-phu", Ct);
        var in2025 = await browser.GetStringAsync("/chung-thu-so/bao-phu?ngay=2025-03-01", Ct);

        Assert.Contains("<strong>0/270 (0 %)</strong>", before, StringComparison.Ordinal);
        Assert.Contains("<strong>1/270 (0.37 %)</strong>", after, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Cấp huyện</td><td>1</td><td>18</td><td>5.56 %</td></tr>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>000.00.31.H47</code>", after, StringComparison.Ordinal);
        Assert.Contains("<code>000.00.32.H47</code> Ủy ban nhân dân thành phố Hội An", after, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Cấp huyện</td><td>1</td><td>17</td>", in2025, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var page = await client.GetAsync("/chung-thu-so/bao-phu", Ct);
        var api = await client.GetAsync("/api/trust/coverage", Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/dang-nhap", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }
}
