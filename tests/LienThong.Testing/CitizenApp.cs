using System.Net;
using System.Net.Sockets;
using LienThong.VNeID;
using Microsoft.AspNetCore.Builder;

namespace LienThong.Testing;

/// <summary>The host plus a VNeID-style provider of its own, listening on a free local port (real HTTP).</summary>
public sealed class CitizenApp : LienThongApp
{
    public const string ClientSecret = "test-vneid-secret";

    private WebApplication? provider;

    public CitizenApp() : base(new SqliteTestDatabase()) => ProviderUrl = $"http://127.0.0.1:{FreePort()}";

    public string ProviderUrl { get; }

    protected override string? VNeIdAuthority => ProviderUrl;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("VNeID:ClientSecret", ClientSecret);
    }

    public override async ValueTask InitializeAsync()
    {
        provider = await VNeIdProvider.StartAsync(new VNeIdSettings(ProviderUrl, Path.Combine(Database.DataDirectory, "vneid"),
            "lienthong-portal", ClientSecret, [new Uri("http://localhost/signin-vneid")]), TestContext.Current.CancellationToken);
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (provider is not null)
        {
            await provider.StopAsync();
            await provider.DisposeAsync();
        }
        await base.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
