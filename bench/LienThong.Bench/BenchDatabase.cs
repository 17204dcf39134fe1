using Npgsql;

namespace LienThong.Bench;

/// <summary>
/// The database a load scenario runs on: a throwaway PostgreSQL database on the cluster of <c>LIENTHONG_BENCH_POSTGRES</c>
/// when it is set (dropped at the end), else SQLite in the data folder.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? admin;
    private readonly string? name;

    private BenchDatabase(string? admin, string? name, string connectionString) => (this.admin, this.name, ConnectionString) = (admin, name, connectionString);

    public bool IsPostgres => name is not null;

    public string Provider => IsPostgres ? "postgres" : "sqlite";

    public string ConnectionString { get; }

    /// <summary>The host's <c>--Persistence:…</c> settings for this database.</summary>
    public string[] Settings => ["--Persistence:Provider", Provider, "--Persistence:ConnectionString", ConnectionString, "--Persistence:MigrateOnStart", "true"];

    public static async Task<BenchDatabase> CreateAsync(string prefix, int maxPoolSize = 64)
    {
        var postgres = Environment.GetEnvironmentVariable("LIENTHONG_BENCH_POSTGRES");
        if (postgres is null)
        {
            return new BenchDatabase(null, null, "");
        }
        var name = prefix + Guid.NewGuid().ToString("N")[..8];
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection).ExecuteNonQueryAsync();
        return new BenchDatabase(postgres, name, new NpgsqlConnectionStringBuilder(postgres) { Database = name, MaxPoolSize = maxPoolSize }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (name is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection).ExecuteNonQueryAsync();
    }
}
