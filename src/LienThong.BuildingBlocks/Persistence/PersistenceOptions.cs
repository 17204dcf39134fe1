namespace LienThong.BuildingBlocks.Persistence;

/// <summary>The <c>Persistence</c> configuration section.</summary>
public sealed class PersistenceOptions
{
    public const string Section = "Persistence";

    /// <summary><c>sqlite</c> (default, embedded) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Optional; SQLite defaults to <c>lienthong.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply migrations when the web host starts. Always on for SQLite; opt-in for PostgreSQL.</summary>
    public bool MigrateOnStart { get; set; }

    public DatabaseProvider GetProvider() => TryParseProvider(out var provider)
        ? provider
        : throw new InvalidOperationException($"Persistence:Provider '{Provider}' is not supported; use 'sqlite' or 'postgres'.");

    public bool TryParseProvider(out DatabaseProvider provider)
    {
        (var known, provider) = Provider.Trim().ToLowerInvariant() switch
        {
            "sqlite" => (true, DatabaseProvider.Sqlite),
            "postgres" or "postgresql" => (true, DatabaseProvider.Postgres),
            _ => (false, DatabaseProvider.Sqlite),
        };
        return known;
    }

    /// <summary>Checked when the host starts, so that a wrong setting stops it with a clear message.</summary>
    public IEnumerable<string> Problems()
    {
        if (!TryParseProvider(out var provider))
        {
            yield return $"Persistence:Provider '{Provider}' is not supported; use 'sqlite' or 'postgres'.";
        }
        else if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return "Persistence:ConnectionString is required when Persistence:Provider is 'postgres'.";
        }
    }
}
