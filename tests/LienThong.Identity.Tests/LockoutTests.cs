using System.Net;
using LienThong.Identity.Seed;
using LienThong.Testing;

namespace LienThong.Identity.Tests;

/// <summary>Repeated wrong passwords lock the account (own fixture: it changes the account's state).</summary>
public sealed class LockoutTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenAgainstTheRightPassword()
    {
        using var browser = OAuthFlows.Browser(app);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await OAuthFlows.SubmitLoginAsync(browser, "/dang-nhap", "motcua.vpdkdd", "Sai-mat-khau-1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await OAuthFlows.SubmitLoginAsync(browser, "/dang-nhap", "motcua.vpdkdd", DemoAccounts.Password);
        var page = await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("tạm khoá", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_SaysSoInVietnamese_WithoutSayingWhichPartWasWrong()
    {
        using var browser = OAuthFlows.Browser(app);

        var response = await OAuthFlows.SubmitLoginAsync(browser, "/dang-nhap", "khong.ton.tai", "Sai-mat-khau-1");

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Sai-mat-khau-1", page, StringComparison.Ordinal);
    }
}
