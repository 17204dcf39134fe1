using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Testing;
using LienThong.Trust;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Host.Tests;

/// <summary>`lienthong edxml pack` as a process on the host's database: an issued công văn becomes a package `edxml inspect` accepts.</summary>
public sealed class EdXmlPackCommandTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pack_AnIssuedDocument_ThenInspectIt()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var trust = scope.ServiceProvider.GetRequiredService<ITrustAdministration>();
            Assert.Null((await trust.IssueAsync("official", "lanhdao.ubndtinh", Ct)).Error);
            Assert.Null((await trust.IssueAsync("seal", "000.00.00.H15", Ct)).Error);
        }
        using var clerk = await OAuthFlows.SignedInBrowserAsync(app, "vanthu.ubndtinh");
        using var leader = await OAuthFlows.SignedInBrowserAsync(app, "lanhdao.ubndtinh");
        var draft = await clerk.PostAsJsonAsync("/api/documents", new
        {
            type = "GM", subject = "Mời họp triển khai nền tảng tích hợp, chia sẻ dữ liệu", paragraphs = new[] { "Kính mời đại biểu dự họp." },
            recipients = new[] { "Như trên" }, signer = "lanhdao.ubndtinh", signerCompetence = "KT. CHỦ TỊCH", signerTitle = "Phó Chủ tịch",
            signerName = "Lê Văn Dũng", toAgencies = new[] { "000.00.02.H15" },
        }, Ct);
        var id = JsonDocument.Parse(await draft.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetString()!;
        (await leader.PostAsync($"/api/documents/{id}/approve", null, Ct)).EnsureSuccessStatusCode();
        (await leader.PostAsync($"/api/documents/{id}/sign", null, Ct)).EnsureSuccessStatusCode();
        (await clerk.PostAsync($"/api/documents/{id}/issue", null, Ct)).EnsureSuccessStatusCode();
        var file = Path.Combine(app.Database.DataDirectory, "giay-moi.edxml");

        var pack = await LienThongProcess.RunAsync(app.Database.DataDirectory, null, "edxml", "pack", id, "--out", file);
        var inspect = await LienThongProcess.RunAsync(app.Database.DataDirectory, null, "edxml", "inspect", file, "--json");
        var unknown = await LienThongProcess.RunAsync(app.Database.DataDirectory, null, "edxml", "pack", Guid.NewGuid().ToString(), "--out", file + ".x");
        var imported = await LienThongProcess.RunAsync(app.Database.DataDirectory, null, "edxml", "import", file, "--to", "000.00.02.H15");
        var importedAgain = await LienThongProcess.RunAsync(app.Database.DataDirectory, null, "edxml", "import", file, "--to", "000.00.02.H15");
        var notAddressed = await LienThongProcess.RunAsync(app.Database.DataDirectory, null, "edxml", "import", file, "--to", "000.17.99.H15");

        Assert.True(pack.Exit == 0, pack.Error);
        Assert.True(inspect.Exit == 0, inspect.Out + inspect.Error);
        var report = JsonDocument.Parse(inspect.Out).RootElement;
        Assert.Matches(@"^000\.00\.00\.H15,\d{4}/\d{2}/\d{2},\d{2}/GM-UBND$", report.GetProperty("documentId").GetString());
        Assert.Equal("000.00.02.H15", report.GetProperty("to")[0].GetProperty("organId").GetString());
        Assert.Equal("Giấy mời", report.GetProperty("typeName").GetString());
        Assert.True(report.GetProperty("attachments")[0].GetProperty("size").GetInt32() > 1000);
        Assert.True(imported.Exit == 0, imported.Error);
        Assert.Contains("trạng thái 01", imported.Out, StringComparison.Ordinal);
        Assert.Equal(1, importedAgain.Exit);
        Assert.Contains("trùng văn bản", importedAgain.Error, StringComparison.Ordinal);
        Assert.Equal(1, notAddressed.Exit);
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("Không có văn bản", unknown.Error, StringComparison.Ordinal);
    }
}
