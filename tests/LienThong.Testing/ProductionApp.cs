namespace LienThong.Testing;

/// <summary>The host as deployed: environment Production, SQLite.</summary>
public sealed class ProductionApp() : LienThongApp(new SqliteTestDatabase())
{
    protected override string EnvironmentName => "Production";

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Production refuses to start without it (TrustOptionsValidator).
        builder.UseSetting("Trust:KeyEncryptionKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
    }
}
