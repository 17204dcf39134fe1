using System.Text.Json;
using LienThong.Testing;

namespace LienThong.Host.Tests;

/// <summary>On PostgreSQL, `lienthong migrate` is the explicit schema step; commands refuse to run before it.</summary>
public sealed class PostgresCommandLineTests : IAsyncLifetime
{
    private readonly PostgresTestDatabase database = new();

    private Dictionary<string, string> Environment => new()
    {
        ["Persistence__Provider"] = "postgres",
        ["Persistence__ConnectionString"] = database.ConnectionString ?? "",
    };

    public async ValueTask InitializeAsync()
    {
        if (database.Unavailable is null)
        {
            await database.CreateAsync();
        }
    }

    [Fact]
    public async Task MigrateThenSeed_MakesTheRegistryUsable()
    {
        database.RequireAvailable();
        var dir = database.DataDirectory;

        var before = await LienThongProcess.RunAsync(dir, Environment, "units", "list", "--json");
        var migrate = await LienThongProcess.RunAsync(dir, Environment, "migrate");
        var seed = await LienThongProcess.RunAsync(dir, Environment, "seed");
        var list = await LienThongProcess.RunAsync(dir, Environment, "units", "list", "--at", "2023-12-25", "--parent", "49", "--json");

        Assert.Equal(4, before.Exit);
        Assert.Contains("lienthong migrate", before.Error, StringComparison.Ordinal);
        Assert.True(migrate.Exit == 0, migrate.Error);
        Assert.True(seed.Exit == 0, seed.Error);
        Assert.Equal(18, JsonDocument.Parse(list.Out).RootElement.GetArrayLength());
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
