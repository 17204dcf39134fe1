using LienThong.Identity.Domain;
using LienThong.Identity.Seed;
using LienThong.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Identity.Tests;

/// <summary>Demo accounts never exist in Production, and one carried over from a demo database is refused.</summary>
public sealed class ProductionTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task DemoAccounts_AreNotCreated_InProduction()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Official>>();

        foreach (var (userName, _, _, _, _) in DemoAccounts.All)
        {
            Assert.Null(await users.FindByNameAsync(userName));
        }
    }

    [Fact]
    public async Task ADemoAccount_IsRefused_InProduction()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Official>>();
            await users.CreateAsync(new Official { UserName = "demo.cu", FullName = "Tài khoản cũ", IsDemo = true }, DemoAccounts.Password);
        }
        using var browser = OAuthFlows.Browser(app);

        var response = await OAuthFlows.SubmitLoginAsync(browser, "/dang-nhap", "demo.cu", DemoAccounts.Password);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Tài khoản trình diễn không được dùng", page, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("lienthong.auth", StringComparison.Ordinal)));
    }
}
