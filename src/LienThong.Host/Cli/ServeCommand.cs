using System.CommandLine;

namespace LienThong.Host.Cli;

internal static class ServeCommand
{
    public static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var app = LienThongHost.Build([.. result.UnmatchedTokens], result.GetValue(LienThongCommandLine.DataDir),
            migrateOnStart: result.GetValue(LienThongCommandLine.MigrateOnStart));
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
