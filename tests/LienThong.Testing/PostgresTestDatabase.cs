using Npgsql;

namespace LienThong.Testing;

/// <summary>
/// A fresh database on the PostgreSQL server named by <c>LIENTHONG_TEST_POSTGRES</c> (the CI script
/// starts a throwaway cluster); dropped afterwards.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string Variable = "LIENTHONG_TEST_POSTGRES";

    private static readonly string? Server = Environment.GetEnvironmentVariable(Variable);
    private readonly string name = "lienthong_test_" + Guid.NewGuid().ToString("N")[..12];

    public override string Provider => "postgres";

    public override string? ConnectionString =>
        // A bounded pool per test database: test assemblies run in parallel against one cluster, and a burst of requests
        // (100 parallel issues) waits for a connection instead of exhausting the server's.
        Server is null ? null : new NpgsqlConnectionStringBuilder(Server) { Database = name, MaxPoolSize = 30 }.ConnectionString;

    public override string? Unavailable => Server is null ? $"PostgreSQL tests need {Variable} (a connection string)." : null;

    public override async Task CreateAsync()
    {
        if (Server is null)
        {
            return;
        }
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (Server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        await base.DisposeAsync();
    }
}
