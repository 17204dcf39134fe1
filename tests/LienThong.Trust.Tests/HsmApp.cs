using System.Diagnostics;
using LienThong.Testing;
using Microsoft.AspNetCore.Hosting;

namespace LienThong.Trust.Tests;

/// <summary>
/// The platform with every key in a SoftHSM2 token (PKCS#11) made for the test class: its own token folder and
/// configuration, a token labelled <c>lienthong-test</c>. Without SoftHSM2 the app runs with file keys and the tests skip.
/// </summary>
public sealed class HsmApp : LienThongApp
{
    public const string Library = "/usr/lib/softhsm/libsofthsm2.so";
    private const string Pin = "246810";

    public HsmApp() : base(new SqliteTestDatabase())
    {
        Available = File.Exists(Library) && File.Exists("/usr/bin/softhsm2-util");
        if (!Available)
        {
            return;
        }
        var folder = Directory.CreateDirectory(Path.Combine(Database.DataDirectory, "softhsm", "tokens")).Parent!.FullName;
        var configuration = Path.Combine(folder, "softhsm2.conf");
        File.WriteAllText(configuration, $"directories.tokendir = {folder}/tokens\nobjectstore.backend = file\nlog.level = ERROR\n");
        // SoftHSM reads its configuration with getenv when the library is initialised in this process; .NET's
        // Environment.SetEnvironmentVariable does not reach the C environment on Linux, setenv(3) does.
        _ = SetEnv("SOFTHSM2_CONF", configuration, 1);
        var init = new ProcessStartInfo("softhsm2-util") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--init-token", "--free", "--label", "lienthong-test", "--pin", Pin, "--so-pin", "13579111" })
        {
            init.ArgumentList.Add(arg);
        }
        init.Environment["SOFTHSM2_CONF"] = configuration;
        using var process = Process.Start(init)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("softhsm2-util --init-token failed: " + process.StandardError.ReadToEnd());
        }
    }

    public bool Available { get; }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "setenv")]
    private static extern int SetEnv(string name, string value, int overwrite);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (Available)
        {
            builder.UseSetting("Trust:Pkcs11:Library", Library);
            builder.UseSetting("Trust:Pkcs11:TokenLabel", "lienthong-test");
            builder.UseSetting("Trust:Pkcs11:Pin", Pin);
        }
    }
}
