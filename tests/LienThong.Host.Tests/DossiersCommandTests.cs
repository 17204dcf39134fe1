using System.Text.Json;
using LienThong.Testing;
using LienThong.Trust;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Host.Tests;

public sealed class SimulationPortalHost() : PortalHost(new SqliteTestDatabase());

/// <summary>`lienthong dossiers simulate` and `lienthong tax review` as processes, against the platform listening on a real port.</summary>
public sealed class DossiersCommandTests(SimulationPortalHost host) : IClassFixture<SimulationPortalHost>
{
    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        LienThongProcess.RunAsync(host.Database.DataDirectory, null, args);

    [Fact]
    public async Task Simulate_DrivesWholeLandTransfers_AndPrintsTheLegs()
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var trust = scope.ServiceProvider.GetRequiredService<ITrustAdministration>();
            Assert.Null((await trust.IssueAsync("official", "lanhdao.vpdkdd", TestContext.Current.CancellationToken)).Error);
            Assert.Null((await trust.IssueAsync("seal", "000.01.02.H15", TestContext.Current.CancellationToken)).Error);
        }

        var json = await RunAsync("dossiers", "simulate", "--procedure", "1.013831", "--count", "2", "--concurrency", "2", "--url", host.Url,
            "--skip", "400", "--json");
        var text = await RunAsync("dossiers", "simulate", "--procedure", "1.013831", "--count", "1", "--url", host.Url, "--skip", "410");
        var other = await RunAsync("dossiers", "simulate", "--procedure", "1.001193", "--count", "1", "--url", host.Url);
        var review = await RunAsync("tax", "review", "TB-khong-co", "--accept", "--officer", "canbo.thue");
        var both = await RunAsync("tax", "review", "TB-khong-co", "--accept", "--refuse", "--officer", "canbo.thue");

        Assert.True(json.Exit == 0, json.Out + json.Error);
        var report = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(2, report.GetProperty("completed").GetInt32());
        Assert.Contains(report.GetProperty("legs").EnumerateArray(), l => l.GetProperty("name").GetString() == "tax" && l.GetProperty("count").GetInt32() == 2);
        Assert.Contains("2/2", json.Error, StringComparison.Ordinal); // the progress bar
        Assert.Equal(0, text.Exit);
        Assert.Contains("1/1 hồ sơ hoàn thành", text.Out, StringComparison.Ordinal);
        Assert.Contains("tax", text.Out, StringComparison.Ordinal);
        Assert.Equal(2, other.Exit);
        Assert.Equal(1, review.Exit);
        Assert.Contains("Không có thông báo TB-khong-co", review.Error, StringComparison.Ordinal);
        Assert.Equal(2, both.Exit);
    }
}
