using System.CommandLine;
using LienThong.Host.Startup;

namespace LienThong.Host.Cli;

internal static class ServeCommand
{
    public static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var app = LienThongHost.Build([.. result.UnmatchedTokens], result.GetValue(LienThongCommandLine.DataDir));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().PrepareForServingAsync(cancellationToken);
        }
        await app.RunAsync();
        return 0;
    }
}
