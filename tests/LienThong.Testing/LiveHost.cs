using System.Net;
using System.Net.Sockets;
using LienThong.Host;
using LienThong.Identity.Clients;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Testing;

/// <summary>
/// The platform listening on a real port, so that the gateway forwards over real HTTP (here to the reference member
/// systems hosted by the same process, as in the demo). SQLite or PostgreSQL; one per test class.
/// </summary>
public abstract class LiveHost(TestDatabase database) : IAsyncLifetime
{
    private WebApplication? app;

    public TestDatabase Database { get; } = database;

    public string Url { get; } = $"http://127.0.0.1:{FreePort()}";

    public IServiceProvider Services => app!.Services;

    /// <summary>Settings beyond the test defaults, as <c>--Key value</c> pairs.</summary>
    protected virtual IEnumerable<string> Settings => [];

    public virtual async ValueTask InitializeAsync()
    {
        if (Database.Unavailable is not null)
        {
            return;
        }
        await Database.CreateAsync();
        await StartAsync(Settings);
    }

    /// <summary>Stops the platform and starts it again on the same database and data folder, with these settings.</summary>
    public async Task RestartAsync(IEnumerable<string> settings)
    {
        await app!.StopAsync();
        await app.DisposeAsync();
        await StartAsync(settings);
    }

    private async Task StartAsync(IEnumerable<string> settings)
    {
        string[] args =
        [
            "--urls", Url, "--environment", "Testing", "--AgencySystems:BaseUrl", Url, "--Exchange:GatewayUrl", Url, "--Trust:PublicBaseUrl", Url,
            "--VNeID:Bundled:Enabled", "false", "--Persistence:Provider", Database.Provider,
            "--Persistence:ConnectionString", Database.ConnectionString ?? "", "--Persistence:MigrateOnStart", "true", .. settings,
        ];
        app = LienThongHost.Build(args, Database.DataDirectory);
        await app.StartAsync();
    }

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(Url) };

    /// <summary>Registers an agency system as an OAuth client (client credentials), or rotates the seeded one's secret; returns the secret.</summary>
    public async Task<string> AddClientAsync(string subsystem, string name)
    {
        await using var scope = Services.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<IAgencyClients>();
        if ((await clients.ListAsync()).Any(c => c.ClientId == subsystem))
        {
            return (await clients.RotateAsync(subsystem))!.ClientSecret;
        }
        var (secret, error) = await clients.AddAsync(subsystem, name);
        return secret?.ClientSecret ?? throw new InvalidOperationException(error);
    }

    public async Task<string> TokenAsync(string clientId, string secret)
    {
        using var client = CreateClient();
        return (await OAuthFlows.ClientCredentialsAsync(client, clientId, secret)).GetProperty("access_token").GetString()!;
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
