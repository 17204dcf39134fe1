using System.Net;
using LienThong.Testing;
using LienThong.Trust.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Trust.Tests;

/// <summary>The platform with a 20 KB document limit, to see the limit refuse signing and validation.</summary>
public sealed class SmallLimitApp() : LienThongApp(new SqliteTestDatabase())
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Trust:MaxDocumentBytes", "20000");
    }
}

public sealed class SizeLimitTests(SmallLimitApp app) : IClassFixture<SmallLimitApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DocumentsOverTheConfiguredLimit_AreRefused_ByTheSignerTheValidatorAndTheApi()
    {
        var large = SamplePdf.Create(pages: 12);
        Assert.True(large.Length > 20000, $"{large.Length} bytes");
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null((await scope.ServiceProvider.GetRequiredService<ITrustAdministration>().IssueAsync("official", "lanhdao.ubndtinh", Ct)).Error);

        var signing = await scope.ServiceProvider.GetRequiredService<IDocumentSigner>().SignPdfAsync(large, PdfSigningRequest.Official("lanhdao.ubndtinh"), Ct);
        var (reports, error) = await scope.ServiceProvider.GetRequiredService<ITrustAdministration>().ValidatePdfAsync(large, Ct);
        using var client = app.CreateClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(large), "file", "lon.pdf" } };
        var response = await client.PostAsync("/api/trust/validate", form, Ct);

        Assert.Null(signing.Signed);
        Assert.Contains("vượt giới hạn", signing.Error, StringComparison.Ordinal);
        Assert.Null(reports);
        Assert.Contains("Trust:MaxDocumentBytes", error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("/problems/trust/file-too-large", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
