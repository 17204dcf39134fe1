using System.Net;
using LienThong.Testing;

namespace LienThong.Trust.Tests;

/// <summary>The certificates page: operators issue and revoke; other roles are refused.</summary>
public sealed class CertificatesPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Operator_IssuesASealFromThePage_AndAnUnknownAgencyIsRefused()
    {
        using var browser = await OAuthFlows.SignedInBrowserAsync(app, "vanhanh.stttt");

        var issued = await OAuthFlows.PostFormAsync(browser, "/quan-tri/chung-thu", "issue-seal", ("Agency", "000.00.06.H47"));
        var refused = await OAuthFlows.PostFormAsync(browser, "/quan-tri/chung-thu", "issue-seal", ("Agency", "123.45.67.H89"));

        Assert.Contains("Đã cấp chứng thư", await issued.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("không có trong danh mục", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_IssuesAnOfficialsCertificate_AndFindsItWithTheFilter()
    {
        using var browser = await OAuthFlows.SignedInBrowserAsync(app, "vanhanh.stttt");

        var issued = await OAuthFlows.PostFormAsync(browser, "/quan-tri/chung-thu", "issue-official", ("Official", "lanhdao.ubndtinh"));
        var refused = await OAuthFlows.PostFormAsync(browser, "/quan-tri/chung-thu", "issue-official", ("Official", "khong.co.ai"));
        var filtered = await browser.GetStringAsync("/quan-tri/chung-thu?loai=official&q=dung", Ct);

        Assert.Contains("Đã cấp chứng thư", await issued.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Không có cán bộ", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("CN=Lê Văn Dũng", System.Net.WebUtility.HtmlDecode(filtered), StringComparison.Ordinal);
        Assert.DoesNotContain("<td>seal</td>", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clerk_IsRefusedThePage()
    {
        using var browser = await OAuthFlows.SignedInBrowserAsync(app, "vanthu.ubndtinh");

        var response = await browser.GetAsync("/quan-tri/chung-thu", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/khong-co-quyen", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
