using System.Net;
using System.Text.Json;
using LienThong.Testing;

namespace LienThong.Host.Tests;

/// <summary>`lienthong clients …` run as a process on the same database as a running host.</summary>
public sealed class ClientsCommandTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        LienThongProcess.RunAsync(app.Database.DataDirectory, null, args);

    [Fact]
    public async Task ClientAddedOnTheCommandLine_GetsATokenFromTheTokenEndpoint()
    {
        using var client = app.CreateClient();

        var (exit, output, error) = await RunAsync("clients", "add", "--subsystem", "VN-QNA/GOV/000.00.05.H47/TAICHINH",
            "--name", "Hệ thống tài chính", "--json");
        var issued = JsonDocument.Parse(output).RootElement;
        var token = await OAuthFlows.ClientCredentialsAsync(client, issued.GetProperty("clientId").GetString()!,
            issued.GetProperty("clientSecret").GetString()!);

        Assert.True(exit == 0, error);
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
    }

    [Fact]
    public async Task Rotate_GivesANewSecret_AndDisable_StopsTokens()
    {
        using var client = app.CreateClient();
        var id = "VN-QNA/GOV/000.00.03.H47/HOTICH";
        await RunAsync("clients", "add", "--subsystem", id, "--name", "Hộ tịch", "--json");

        var rotated = JsonDocument.Parse((await RunAsync("clients", "rotate", id, "--json")).Out).RootElement;
        await OAuthFlows.ClientCredentialsAsync(client, id, rotated.GetProperty("clientSecret").GetString()!);
        var (exit, _, _) = await RunAsync("clients", "disable", id);
        var refused = await OAuthFlows.ClientCredentialsAsync(client, id, rotated.GetProperty("clientSecret").GetString()!,
            HttpStatusCode.Unauthorized);
        var (_, list, _) = await RunAsync("clients", "list");

        Assert.Equal(0, exit);
        Assert.Equal("invalid_client", refused.GetProperty("error").GetString());
        Assert.Contains("vô hiệu hoá", list.Split('\n').Single(l => l.StartsWith(id, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("VN-QNA/GOV/000.00.00.H47", "sai định dạng")]
    [InlineData("VN-QNA/GOV/999.99.99.H99/X", "không có trong danh mục")]
    public async Task ClientForABadSubsystem_IsRefusedWithTheReason(string subsystem, string reason)
    {
        var (exit, _, error) = await RunAsync("clients", "add", "--subsystem", subsystem, "--name", "X");

        Assert.Equal(1, exit);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
