using LienThong.Exchange.MessageLog;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Exchange.Tests;

/// <summary>"Ai đã sử dụng dữ liệu của tôi": each citizen, signed in through VNeID, sees their own entries and nobody else's.</summary>
public sealed class DataTrackerPageTests(CitizenApp app) : IClassFixture<CitizenApp>
{
    private const string CitizenA = "049085001234"; // Nguyễn Văn An
    private const string CitizenB = "049190005678"; // Trần Thị Bình
    private const string Password = "VNeID@2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CitizenA_SeesTheExchangeAboutThem_CitizenB_DoesNot()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var subjects = scope.ServiceProvider.GetRequiredService<SubjectProtector>();
            await scope.ServiceProvider.GetRequiredService<MessageLogWriter>().AppendAsync(new LogRecord
            {
                MessageId = Guid.NewGuid().ToString(),
                OccurredAt = DateTimeOffset.UtcNow,
                Consumer = "VN-QNA/GOV/000.01.02.H47/MOTCUA",
                Service = "VN-QNA/GOV/000.00.00.G01/CSDLQGDC/cong-dan",
                Method = "GET",
                Path = "/cong-dan/" + CitizenA,
                Purpose = "1.013831",
                Case = "000.01.02.H47-261126-0007",
                SubjectKey = subjects.KeyOf(CitizenA),
                SubjectSealed = subjects.Seal(CitizenA),
                RequestDigest = new string('a', 64),
                Status = 200,
                Outcome = "forwarded",
            }, Ct);
        }

        var pageOfA = await PageOfAsync(CitizenA);
        var pageOfB = await PageOfAsync(CitizenB);

        Assert.Contains("000.01.02.H47-261126-0007", pageOfA, StringComparison.Ordinal);
        Assert.Contains("Tra cứu thông tin công dân", pageOfA, StringComparison.Ordinal);
        Assert.Contains("1.013831", pageOfA, StringComparison.Ordinal);
        Assert.Contains("Đã cung cấp", pageOfA, StringComparison.Ordinal);
        Assert.DoesNotContain("000.01.02.H47-261126-0007", pageOfB, StringComparison.Ordinal);
        Assert.Contains("Chưa có cơ quan nào sử dụng dữ liệu của bạn", pageOfB, StringComparison.Ordinal);
    }

    private async Task<string> PageOfAsync(string pid)
    {
        using var browser = new CitizenBrowser(app);
        var (_, loginPage) = await browser.GoAsync("/cong-dan/du-lieu-cua-toi");
        var (url, page) = await browser.SignInAtProviderAsync(loginPage, pid, Password);
        Assert.Equal("/cong-dan/du-lieu-cua-toi", url.AbsolutePath);
        return await page.Content.ReadAsStringAsync(Ct);
    }
}
