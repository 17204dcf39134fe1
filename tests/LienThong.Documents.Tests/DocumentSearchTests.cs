using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Testing;

namespace LienThong.Documents.Tests;

/// <summary>Searching an agency's documents with or without diacritics, by type; other agencies' documents stay out.</summary>
public abstract class DocumentSearchTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Draft(string type, string subject, string content, string signer = "lanhdao.ubndtinh") => new
    {
        type, subject, paragraphs = new[] { content }, draftingUnit = "VX", recipients = new[] { "Như trên" }, signer,
        signerTitle = "Phó Chủ tịch", signerName = "Lê Văn Dũng",
    };

    private static async Task<List<string>> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/documents/search?" + query, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, text);
        return [.. JsonDocument.Parse(text).RootElement.EnumerateArray().Select(d => d.GetProperty("subject").GetString()!)];
    }

    [Fact]
    public async Task Search_FindsWithOrWithoutDiacritics_ByType_AndOnlyInTheOfficialsAgency()
    {
        app.Database.RequireAvailable();
        using var clerk = await OAuthFlows.SignedInBrowserAsync(app, "vanthu.ubndtinh");
        using var other = await OAuthFlows.SignedInBrowserAsync(app, "chuyenvien.stnmt");
        foreach (var draft in new[]
        {
            Draft("QĐ", "Về việc ban hành Kế hoạch chuyển đổi số năm 2026", "Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số của thành phố."),
            Draft("CV", "V/v báo cáo tình hình giải ngân vốn đầu tư công", "Đề nghị các đơn vị báo cáo tình hình giải ngân."),
            Draft("TTr", "Tờ trình về đề án đô thị thông minh", "Kính trình Ủy ban nhân dân thành phố xem xét đề án đô thị thông minh."),
        })
        {
            (await clerk.PostAsJsonAsync("/api/documents", draft, Ct)).EnsureSuccessStatusCode();
        }
        (await other.PostAsJsonAsync("/api/documents", Draft("QĐ", "Quyết định chuyển đổi số của Sở", "Chuyển đổi số ngành nông nghiệp.", "lanhdao.sonnmt"), Ct))
            .EnsureSuccessStatusCode();

        var folded = await SearchAsync(clerk, "q=quyet+dinh+chuyen+doi+so");
        var accented = await SearchAsync(clerk, "q=" + Uri.EscapeDataString("CHUYỂN ĐỔI SỐ"));
        var byContent = await SearchAsync(clerk, "q=tinh+hinh+giai+ngan");
        var byType = await SearchAsync(clerk, "type=TTr");
        var none = await SearchAsync(clerk, "q=khong+co+van+ban+nay");
        var tooLong = await clerk.GetAsync("/api/documents/search?q=" + new string('a', 201), Ct);

        Assert.Equal(["Về việc ban hành Kế hoạch chuyển đổi số năm 2026"], folded);
        Assert.Equal(folded, accented); // the other agency's decision on digital transformation is not listed
        Assert.Equal(["V/v báo cáo tình hình giải ngân vốn đầu tư công"], byContent);
        Assert.Equal(["Tờ trình về đề án đô thị thông minh"], byType);
        Assert.Empty(none);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }
}

public sealed class SqliteDocumentSearchTests(SqliteApp app) : DocumentSearchTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresDocumentSearchTests(PostgresApp app) : DocumentSearchTests(app), IClassFixture<PostgresApp>;
