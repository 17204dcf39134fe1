using LienThong.Testing;
using LienThong.Trust.Contracts;
using LienThong.Trust.Keys;
using LienThong.Trust.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Trust.Tests;

/// <summary>The same callers on a PKCS#11 token (SoftHSM2): CAs, TSA, OCSP, an official and a seal, all keys on the token.</summary>
public sealed class HsmTests(HsmApp app) : IClassFixture<HsmApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryKeyOnTheToken_OfficialAndSealSignAPdf_AndBothSignaturesPass()
    {
        IndependentTool.Require("softhsm2-util");
        await using var scope = app.Services.CreateAsyncScope();
        var trust = scope.ServiceProvider.GetRequiredService<ITrustAdministration>();
        Assert.Null((await trust.IssueAsync("official", "lanhdao.ubndtinh", Ct)).Error);
        Assert.Null((await trust.IssueAsync("seal", "000.00.00.H47", Ct)).Error);
        var signer = scope.ServiceProvider.GetRequiredService<IDocumentSigner>();

        var official = await signer.SignPdfAsync(SamplePdf.Create(), PdfSigningRequest.Official("lanhdao.ubndtinh"), Ct);
        var sealed_ = await signer.SignPdfAsync(official.Signed!, PdfSigningRequest.Seal("000.00.00.H47"), Ct);
        var (reports, error) = await trust.ValidatePdfAsync(sealed_.Signed!, Ct);

        Assert.IsType<Pkcs11KeyStore>(scope.ServiceProvider.GetRequiredService<IKeyStore>());
        Assert.False(Directory.Exists(Path.Combine(app.Database.DataDirectory, "trust", "keys"))
            && Directory.EnumerateFiles(Path.Combine(app.Database.DataDirectory, "trust", "keys")).Any());
        Assert.Null(error);
        Assert.Equal(2, reports!.Count);
        Assert.All(reports!, r => Assert.Equal((Indications.TotalPassed, "PAdES-BASELINE-LT"), (r.Indication, r.Level)));
    }
}
