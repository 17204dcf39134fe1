namespace LienThong.Testing;

/// <summary>The host on a fresh PostgreSQL database (skipped without LIENTHONG_TEST_POSTGRES).</summary>
public sealed class PostgresApp() : LienThongApp(new PostgresTestDatabase());
