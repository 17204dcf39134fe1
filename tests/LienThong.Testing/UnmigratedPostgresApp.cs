namespace LienThong.Testing;

/// <summary>The host on a fresh PostgreSQL database that nobody has migrated yet.</summary>
public sealed class UnmigratedPostgresApp() : LienThongApp(new PostgresTestDatabase())
{
    protected override bool MigrateOnStart => false;
}
