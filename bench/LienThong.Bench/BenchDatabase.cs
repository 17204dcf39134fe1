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

    private readonly bool keep;

    private BenchDatabase(string? admin, string? name, string connectionString, bool keep = false) =>
        (this.admin, this.name, ConnectionString, this.keep) = (admin, name, connectionString, keep);

    /// <summary>A database an earlier run left filled (<c>--reuse NAME</c>), kept at the end.</summary>
    public static BenchDatabase Existing(string name)
    {
        var postgres = Environment.GetEnvironmentVariable("LIENTHONG_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("--reuse needs LIENTHONG_BENCH_POSTGRES.");
        return new BenchDatabase(postgres, name, new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString, keep: true);
    }

    public bool IsPostgres => name is not null;

    public string Provider => IsPostgres ? "postgres" : "sqlite";

    public string ConnectionString { get; }

    /// <summary>The host's <c>--Persistence:…</c> settings for this database.</summary>
    public string[] Settings => ["--Persistence:Provider", Provider, "--Persistence:ConnectionString", ConnectionString, "--Persistence:MigrateOnStart", "true"];

    /// <summary>Keep the database at the end (<c>--keep</c>), to time again with <c>--reuse NAME</c>.</summary>
    public bool Keep { get; set; }

    public string? Name => name;

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
        if (name is null || keep || Keep)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection).ExecuteNonQueryAsync();
    }
}
