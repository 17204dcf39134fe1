using System.Diagnostics;

namespace LienThong.Host.Tests;

/// <summary>Runs the built <c>lienthong</c> executable as a real process.</summary>
internal static class LienThongProcess
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(
        string dataDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args.Concat(["--data-dir", dataDirectory]))
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("LIENTHONG_DATA_DIR");
        // A test machine, not production: demo data and a generated key-encryption key are fine.
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
