
namespace LienThong.Testing;

/// <summary>A real database for one test fixture: an SQLite file in a temporary folder, or a fresh PostgreSQL database.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    /// <summary>Null for SQLite: the host then uses the file in its data folder, as in production.</summary>
    public abstract string? ConnectionString { get; }

    /// <summary>Why this database cannot be used here; null when it can.</summary>
    public virtual string? Unavailable => null;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("lienthong-test-").FullName;

    public abstract Task CreateAsync();

    public virtual ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (SQLite WAL) leaves a temp folder behind; that harms nothing.
        }
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Skips the calling test with the reason, or fails it when the environment requires the database.</summary>
    public void RequireAvailable()
    {
        if (Unavailable is not { } reason)
        {
            return;
        }
        if (Environment.GetEnvironmentVariable("LIENTHONG_REQUIRE_POSTGRES") == "1")
        {
            Assert.Fail(reason + " (LIENTHONG_REQUIRE_POSTGRES=1)");
        }
        Assert.Skip(reason);
    }
}
