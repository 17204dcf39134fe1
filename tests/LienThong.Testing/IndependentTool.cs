using System.Diagnostics;

namespace LienThong.Testing;

/// <summary>
/// The independent checkers (openssl, xmlsec1, pdfsig, certutil, qpdf) come from Debian packages and run as processes.
/// A developer machine without one skips the test with the reason; CI sets LIENTHONG_REQUIRE_TOOLS=1 and installs
/// them, so there it fails.
/// </summary>
public static class IndependentTool
{
    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["openssl"] = "openssl",
        ["xmlsec1"] = "xmlsec1",
        ["pdfsig"] = "poppler-utils",
        ["certutil"] = "libnss3-tools",
        ["qpdf"] = "qpdf",
        ["pdftotext"] = "poppler-utils",
        ["softhsm2-util"] = "softhsm2",
    };

    public static void Require(string command)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, command)));
        if (found)
        {
            return;
        }
        var reason = $"'{command}' is not installed (apt-get install {Packages.GetValueOrDefault(command, command)}).";
        if (Environment.GetEnvironmentVariable("LIENTHONG_REQUIRE_TOOLS") == "1")
        {
            Assert.Fail(reason + " (LIENTHONG_REQUIRE_TOOLS=1)");
        }
        Assert.Skip(reason);
    }

    /// <summary>Runs the tool; returns its exit code and its standard output followed by its standard error.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(string command, params string[] args)
    {
        Require(command);
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
