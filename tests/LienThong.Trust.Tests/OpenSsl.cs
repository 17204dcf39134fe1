using System.Diagnostics;

namespace LienThong.Trust.Tests;

/// <summary>The independent checker: the machine's openssl, run as a process.</summary>
internal static class OpenSsl
{
    public static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        IndependentTool.Require("openssl");
        var start = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, output + error);
    }
}
