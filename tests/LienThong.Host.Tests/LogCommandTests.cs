using LienThong.Exchange.MessageLog;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Host.Tests;

/// <summary>`lienthong log verify|checkpoint|proof|verify-proof` as processes on the host's database.</summary>
public sealed class LogCommandTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        LienThongProcess.RunAsync(app.Database.DataDirectory, null, args);

    [Fact]
    public async Task VerifyCheckpointProveAndVerifyTheProofOffline()
    {
        var messageId = Guid.NewGuid().ToString();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var writer = scope.ServiceProvider.GetRequiredService<MessageLogWriter>();
            foreach (var id in new[] { messageId, Guid.NewGuid().ToString() })
            {
                await writer.AppendAsync(new LogRecord
                {
                    MessageId = id, OccurredAt = DateTimeOffset.UtcNow, Consumer = "VN-QNA/GOV/000.00.00.H47/DVCTINH",
                    Service = "VN-QNA/GOV/000.00.00.G01/CSDLQGDC/cong-dan", Method = "GET", Path = "/cong-dan/x", Purpose = "1.001193",
                    RequestDigest = new string('b', 64), Outcome = "forwarded", Status = 200,
                }, TestContext.Current.CancellationToken);
            }
        }
        var folder = app.Database.DataDirectory;

        var verify = await RunAsync("log", "verify", "--json");
        var seal = await RunAsync("pki", "issue", "--profile", "seal", "--agency", "000.00.01.H47");
        var checkpoint = await RunAsync("log", "checkpoint");
        var proof = await RunAsync("log", "proof", messageId, "--out", Path.Combine(folder, "proof.json"));
        var root = await RunAsync("pki", "export-root", "--out", Path.Combine(folder, "root.pem"));
        var offline = await RunAsync("log", "verify-proof", Path.Combine(folder, "proof.json"), "--root", Path.Combine(folder, "root.pem"));
        await File.WriteAllTextAsync(Path.Combine(folder, "altered.json"),
            (await File.ReadAllTextAsync(Path.Combine(folder, "proof.json"), TestContext.Current.CancellationToken)).Replace("1.001193", "1.013831",
                StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var altered = await RunAsync("log", "verify-proof", Path.Combine(folder, "altered.json"), "--root", Path.Combine(folder, "root.pem"));

        Assert.True(verify.Exit == 0, verify.Out + verify.Error);
        Assert.Contains("\"intact\": true", verify.Out, StringComparison.Ordinal);
        Assert.Equal(0, seal.Exit);
        Assert.Contains("Đã ký điểm kiểm tra đến bản ghi", checkpoint.Out, StringComparison.Ordinal);
        Assert.True(proof.Exit == 0, proof.Error);
        Assert.Equal(0, root.Exit);
        Assert.True(offline.Exit == 0, offline.Out + offline.Error);
        Assert.Contains("Bằng chứng hợp lệ", offline.Out, StringComparison.Ordinal);
        Assert.Equal(1, altered.Exit);
        Assert.Contains("KHÔNG hợp lệ", altered.Out, StringComparison.Ordinal);
    }
}
