using Microsoft.Data.Sqlite;

namespace LienThong.BuildingBlocks.Persistence;

/// <summary>The resolved provider and connection string, shared by every module.</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseConnection From(PersistenceOptions options, string dataDirectory)
    {
        var provider = options.GetProvider();
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new(provider, options.ConnectionString);
        }
        if (provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                "Persistence:ConnectionString is required when Persistence:Provider is 'postgres'.");
        }
        var sqlite = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "lienthong.db"),
            // Shared cache off, foreign keys on: SQLite enforces references only when asked.
            ForeignKeys = true,
        };
        return new(provider, sqlite.ToString());
    }
}
