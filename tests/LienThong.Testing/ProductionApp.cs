namespace LienThong.Testing;

/// <summary>The host as deployed: environment Production, SQLite.</summary>
public sealed class ProductionApp() : LienThongApp(new SqliteTestDatabase())
{
    protected override string EnvironmentName => "Production";
}
