using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LienThong.Testing;

/// <summary>
/// The whole host over a real database, migrated and seeded the way it is at start-up
/// (MigrateAsync, never EnsureCreated). One instance per test class (class fixture).
/// </summary>
public abstract class LienThongApp(TestDatabase database) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; } = database;

    /// <summary>The citizen identity provider this host trusts, when a test runs one.</summary>
    protected virtual string? VNeIdAuthority => null;

    /// <summary>Anything but Production seeds the demo accounts.</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>PostgreSQL migrates at start only when asked; SQLite always does.</summary>
    protected virtual bool MigrateOnStart => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("LienThong:DataDir", Database.DataDirectory);
        builder.UseSetting("Persistence:Provider", Database.Provider);
        builder.UseSetting("Persistence:ConnectionString", Database.ConnectionString ?? "");
        builder.UseSetting("Persistence:MigrateOnStart", MigrateOnStart ? "true" : "false");
        // Tests that need the VNeID-style provider start their own on a free port (VNeIdFixture).
        builder.UseSetting("VNeID:Bundled:Enabled", "false");
        builder.UseSetting("VNeID:Authority", VNeIdAuthority ?? "http://127.0.0.1:9");
    }

    public virtual async ValueTask InitializeAsync()
    {
        if (Database.Unavailable is not null)
        {
            return;
        }
        await Database.CreateAsync();
        // Starting the server runs the start-up service: migrate every module, seed the province.
        _ = Server;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
