namespace LienThong.Trust.Tests;

/// <summary>
/// The independent checkers (openssl, xmlsec1) come from Debian packages. A developer machine without
/// one skips the test with the reason; CI sets LIENTHONG_REQUIRE_TOOLS=1 and installs them, so there it fails.
/// </summary>
internal static class IndependentTool
{
    public static void Require(string command)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, command)));
        if (found)
        {
            return;
        }
        var reason = $"'{command}' is not installed (apt-get install {command}).";
        if (Environment.GetEnvironmentVariable("LIENTHONG_REQUIRE_TOOLS") == "1")
        {
            Assert.Fail(reason + " (LIENTHONG_REQUIRE_TOOLS=1)");
        }
        Assert.Skip(reason);
    }
}
