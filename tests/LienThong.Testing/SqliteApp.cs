namespace LienThong.Testing;

/// <summary>The host on an SQLite file in a temporary data folder.</summary>
public sealed class SqliteApp() : LienThongApp(new SqliteTestDatabase());
