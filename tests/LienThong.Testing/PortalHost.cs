namespace LienThong.Testing;

/// <summary>The platform with the bundled VNeID-style provider on a port of its own, so that citizens sign in over real HTTP.</summary>
public abstract class PortalHost(TestDatabase database) : LiveHost(database)
{
    private readonly string provider = $"http://127.0.0.1:{FreePort()}";

    protected override IEnumerable<string> Settings =>
        ["--VNeID:Bundled:Enabled", "true", "--VNeID:Bundled:Url", provider, "--VNeID:Authority", provider, "--VNeID:RedirectUri", Url + "/signin-vneid"];
}
