using System.ComponentModel.DataAnnotations;

namespace LienThong.BuildingBlocks.Persistence;

/// <summary>The <c>Persistence</c> configuration section.</summary>
public sealed class PersistenceOptions
{
    public const string Section = "Persistence";

    /// <summary><c>sqlite</c> (default, embedded) or <c>postgres</c>.</summary>
    [Required]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Optional; SQLite defaults to <c>lienthong.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply migrations when the web host starts. Always on for SQLite; opt-in for PostgreSQL.</summary>
    public bool MigrateOnStart { get; set; }

    public DatabaseProvider ParsedProvider => Provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException(
            $"Persistence:Provider '{Provider}' is not supported; use 'sqlite' or 'postgres'."),
    };
}
