using System.CommandLine;
using LienThong.BuildingBlocks.Auditing;
using LienThong.BuildingBlocks.Persistence;
using LienThong.Host.Startup;
using Microsoft.Extensions.Options;

namespace LienThong.Host.Cli;

/// <summary>Builds the application (without serving it) for one subcommand and gives it a DI scope.</summary>
internal sealed class CommandScope : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly AsyncServiceScope scope;

    private CommandScope(WebApplication app)
    {
        this.app = app;
        scope = app.Services.CreateAsyncScope();
    }

    public IServiceProvider Services => scope.ServiceProvider;

    /// <summary>Who acted, for the audit log: the operating-system account running the command.</summary>
    public static string Actor => "cli:" + Environment.UserName;

    /// <summary>
    /// Opens the application for a command. Like the web host, the embedded SQLite database is
    /// migrated and seeded on first use unless <paramref name="prepare"/> is false.
    /// </summary>
    public static async Task<CommandScope> OpenAsync(ParseResult result, CancellationToken ct, bool prepare = true)
    {
        var scope = new CommandScope(LienThongHost.Build([], result.GetValue(LienThongCommandLine.DataDir), forCommandLine: true));
        // Settings are checked before any work, as the web host does at start.
        _ = scope.Services.GetRequiredService<IOptions<PersistenceOptions>>().Value;
        _ = scope.Services.GetRequiredService<IOptions<LienThong.Trust.TrustOptions>>().Value;
        if (prepare)
        {
            var startup = scope.Services.GetRequiredService<DatabaseStartup>();
            await startup.PrepareForServingAsync(ct);
            if ((await startup.PendingMigrationsAsync(ct)).Count > 0)
            {
                await scope.DisposeAsync();
                throw new DatabaseNotReadyException();
            }
        }
        return scope;
    }

    public Task AuditAsync(string action, AuditOutcome outcome, string? target, string? details, CancellationToken ct) =>
        Services.GetRequiredService<IAuditLog>().RecordAsync(Actor, action, outcome, target, Environment.MachineName, details, ct);

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await app.DisposeAsync();
    }
}
