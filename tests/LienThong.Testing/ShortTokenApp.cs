namespace LienThong.Testing;

/// <summary>The host issuing access tokens that live four seconds, to see them expire.</summary>
public sealed class ShortTokenApp() : LienThongApp(new SqliteTestDatabase())
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:AccessTokenLifetime", "00:00:04");
    }
}
