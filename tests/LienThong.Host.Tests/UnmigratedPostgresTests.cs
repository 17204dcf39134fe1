using System.Net;
using LienThong.Testing;

namespace LienThong.Host.Tests;

/// <summary>On PostgreSQL the schema is an explicit step: until it is done the host is alive but not ready.</summary>
public sealed class UnmigratedPostgresTests : IClassFixture<UnmigratedPostgresApp>
{
    private readonly HttpClient client;

    public UnmigratedPostgresTests(UnmigratedPostgresApp app)
    {
        app.Database.RequireAvailable();
        client = app.CreateClient();
    }

    [Fact]
    public async Task Host_IsLiveButNotReady_UntilMigrated()
    {
        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
