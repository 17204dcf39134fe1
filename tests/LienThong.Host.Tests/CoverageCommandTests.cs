using System.Text.Json;
using LienThong.Testing;

namespace LienThong.Host.Tests;

/// <summary>`lienthong seed` gives every agency of the province a seal; `lienthong pki coverage` reports it.</summary>
public sealed class CoverageCommandTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        LienThongProcess.RunAsync(app.Database.DataDirectory, null, args);

    private static JsonElement Json(string output) => JsonDocument.Parse(output).RootElement;

    [Fact]
    public async Task Seed_CoversEveryAgencyAndSigningOfficial_ARevokedSealShowsAsMissing()
    {
        _ = app.Server;
        var before = await RunAsync("pki", "coverage", "--json");
        var seed = await RunAsync("seed");
        var after = await RunAsync("pki", "coverage", "--json");
        var again = await RunAsync("seed");
        var list = Json((await RunAsync("pki", "list", "--json")).Out);
        var tamKySeal = list.EnumerateArray().Single(c => c.GetProperty("agencyElectronicId").GetString() == "000.00.31.H47"
            && c.GetProperty("profile").GetString() == "seal").GetProperty("serialNumber").GetString()!;
        var revoke = await RunAsync("pki", "revoke", tamKySeal, "--reason", "keyCompromise");
        var revoked = await RunAsync("pki", "coverage", "--json");
        var text = await RunAsync("pki", "coverage");
        var in2025 = await RunAsync("pki", "coverage", "--at", "2025-03-01", "--json");
        var unknownOfficial = await RunAsync("pki", "issue", "--profile", "official", "--user", "khong.ton.tai");

        Assert.True(seed.Exit == 0, seed.Error);
        Assert.Equal(0, Json(before.Out).GetProperty("agencies").GetProperty("covered").GetInt32());
        var report = Json(after.Out);
        Assert.Equal("2023-12-31", report.GetProperty("at").GetString());
        Assert.Equal(270, report.GetProperty("agencies").GetProperty("covered").GetInt32());
        Assert.Equal(270, report.GetProperty("agencies").GetProperty("total").GetInt32());
        Assert.Equal(100m, report.GetProperty("agencies").GetProperty("percent").GetDecimal());
        Assert.Equal(["province:11/11", "district:18/18", "commune:241/241"], report.GetProperty("byLevel").EnumerateArray()
            .Select(l => $"{l.GetProperty("level").GetString()}:{l.GetProperty("covered").GetInt32()}/{l.GetProperty("total").GetInt32()}"));
        // The signing officials of the demo: the provincial vice-chairman, the department's and the land office's deputy
        // directors (natural resources, land office, information and communications), the ward chairman, the chief of the
        // provincial People's Committee office.
        Assert.Equal(6, report.GetProperty("officials").GetProperty("covered").GetInt32());
        Assert.Equal(6, report.GetProperty("officials").GetProperty("total").GetInt32());
        Assert.Contains("chứng thư con dấu: +0, chứng thư cá nhân: +0", again.Out, StringComparison.Ordinal);
        Assert.Equal(0, revoke.Exit);
        var afterRevocation = Json(revoked.Out);
        Assert.Equal(269, afterRevocation.GetProperty("agencies").GetProperty("covered").GetInt32());
        Assert.Equal(99.63m, afterRevocation.GetProperty("agencies").GetProperty("percent").GetDecimal());
        Assert.Equal("000.00.31.H47", afterRevocation.GetProperty("uncovered")[0].GetProperty("electronicId").GetString());
        Assert.Contains("269/270 (99.63%)", text.Out, StringComparison.Ordinal);
        Assert.Contains("Cấp huyện  17/18", text.Out, StringComparison.Ordinal);
        // After the 2025 mergers (17 districts, 234 communes, six of them new) every agency still has its seal.
        var merged = Json(in2025.Out);
        Assert.Equal(["province:11/11", "district:16/17", "commune:234/234"], merged.GetProperty("byLevel").EnumerateArray()
            .Select(l => $"{l.GetProperty("level").GetString()}:{l.GetProperty("covered").GetInt32()}/{l.GetProperty("total").GetInt32()}"));
        Assert.Equal(1, unknownOfficial.Exit);
        Assert.Contains("khong.ton.tai", unknownOfficial.Error, StringComparison.Ordinal);
    }
}
