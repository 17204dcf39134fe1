using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using LienThong.Testing;
using LienThong.Trust.Keys;
using LienThong.Trust.Persistence;
using LienThong.Trust.TimeStamping;
using LienThong.Trust.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Trust.Tests;

/// <summary>Our validator's indications for detached CAdES signatures (ETSI EN 319 102-1 vocabulary).</summary>
public sealed class ValidationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly byte[] Content = "Quyết định số 05/QĐ-UBND"u8.ToArray();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithTrustAsync<T>(Func<ITrustAdministration, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ITrustAdministration>());
    }

    private async Task<string> SealSerialAsync(string agency) =>
        (await WithTrustAsync(t => t.IssueAsync("seal", agency, Ct))).Certificate!.SerialNumber;

    [Fact]
    public async Task SignatureWithTimeStamp_IsTotalPassed_AndStaysSoAfterALaterRevocation()
    {
        var serial = await SealSerialAsync("000.00.00.H47");
        var signature = (await WithTrustAsync(t => t.SealDetachedAsync(Content, "000.00.00.H47", Ct))).Signature!;

        var before = Assert.Single(await WithTrustAsync(t => t.ValidateDetachedAsync(Content, signature, Ct)));
        await WithTrustAsync(t => t.RevokeAsync(serial, "superseded", Ct));
        var after = Assert.Single(await WithTrustAsync(t => t.ValidateDetachedAsync(Content, signature, Ct)));

        Assert.Equal(Indications.TotalPassed, before.Indication);
        Assert.NotNull(before.TimeStampedSigningTime);
        Assert.Equal(Indications.TotalPassed, after.Indication);
    }

    [Fact]
    public async Task OneChangedByte_IsTotalFailed_HashFailure()
    {
        await SealSerialAsync("000.00.02.H47");
        var signature = (await WithTrustAsync(t => t.SealDetachedAsync(Content, "000.00.02.H47", Ct))).Signature!;
        var changed = (byte[])Content.Clone();
        changed[0] ^= 1;

        var report = Assert.Single(await WithTrustAsync(t => t.ValidateDetachedAsync(changed, signature, Ct)));

        Assert.Equal((Indications.TotalFailed, Indications.HashFailure), (report.Indication, report.SubIndication));
    }

    [Fact]
    public async Task CertificateRevokedBeforeSigning_IsTotalFailed_Revoked()
    {
        var serial = await SealSerialAsync("000.00.03.H47");
        await WithTrustAsync(t => t.RevokeAsync(serial, "keyCompromise", Ct));
        // Someone still holding the key signs after the revocation (the platform's sealer would refuse).
        var signature = await SignWithRevokedKeyAsync(serial);

        var report = Assert.Single(await WithTrustAsync(t => t.ValidateDetachedAsync(Content, signature, Ct)));

        Assert.Equal((Indications.TotalFailed, Indications.Revoked), (report.Indication, report.SubIndication));
    }

    [Fact]
    public async Task SignatureChainingToAnUnknownRoot_IsIndeterminate_NoCertificateChainFound()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Unknown CA signer, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var cms = new SignedCms(new ContentInfo(Content), detached: true);
        cms.ComputeSignature(new CmsSigner(certificate), silent: true);

        var report = Assert.Single(await WithTrustAsync(t => t.ValidateDetachedAsync(Content, cms.Encode(), Ct)));

        Assert.Equal((Indications.Indeterminate, Indications.NoCertificateChainFound), (report.Indication, report.SubIndication));
    }

    [Fact]
    public async Task SomethingThatIsNotCms_IsTotalFailed_FormatFailure()
    {
        var report = Assert.Single(await WithTrustAsync(t => t.ValidateDetachedAsync(Content, "not a signature"u8.ToArray(), Ct)));

        Assert.Equal((Indications.TotalFailed, Indications.FormatFailure), (report.Indication, report.SubIndication));
    }

    [Fact]
    public async Task ValidationApi_IsOpenToAnyone_AndExplainsWhatItCannotCheckYet()
    {
        await SealSerialAsync("000.00.04.H47");
        var signature = (await WithTrustAsync(t => t.SealDetachedAsync(Content, "000.00.04.H47", Ct))).Signature!;
        using var client = app.CreateClient();

        using var both = new MultipartFormDataContent { { new ByteArrayContent(Content), "file", "qd.txt" }, { new ByteArrayContent(signature), "signature", "qd.p7s" } };
        var valid = await client.PostAsync("/api/trust/validate", both, Ct);
        using var onlyFile = new MultipartFormDataContent { { new ByteArrayContent(Content), "file", "qd.pdf" } };
        var pdf = await client.PostAsync("/api/trust/validate", onlyFile, Ct);
        var notMultipart = await client.PostAsync("/api/trust/validate", new StringContent("x"), Ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, valid.StatusCode);
        Assert.Contains("\"indication\":\"TOTAL_PASSED\"", await valid.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.UnsupportedMediaType, pdf.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, notMultipart.StatusCode);
    }

    private async Task<byte[]> SignWithRevokedKeyAsync(string serial)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrustDbContext>();
        var row = db.Certificates.Single(c => c.SerialNumber == serial);
        using var signer = scope.ServiceProvider.GetRequiredService<IKeyStore>().Open(row.KeyId);
        using var key = new SignerRsa(signer);
        using var certificate = X509CertificateLoader.LoadCertificate(row.Der);
        var cms = new SignedCms(new ContentInfo(Content), detached: true);
        cms.ComputeSignature(new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate, key), silent: true);
        var signerInfo = cms.SignerInfos[0];
        var request = Rfc3161TimestampRequest.CreateFromSignerInfo(signerInfo, HashAlgorithmName.SHA256, requestSignerCertificates: true);
        var token = request.ProcessResponse(await scope.ServiceProvider.GetRequiredService<TimeStampAuthority>().RespondAsync(request.Encode(), Ct), out _);
        signerInfo.AddUnsignedAttribute(new AsnEncodedData(new Oid("1.2.840.113549.1.9.16.2.14"), token.AsSignedCms().Encode()));
        return cms.Encode();
    }
}

/// <summary>Signatures under a configured root: the chain is found; without revocation information the answer is TRY_LATER.</summary>
public sealed class ConfiguredRootTests(ForeignRootApp app) : IClassFixture<ForeignRootApp>
{
    private static readonly byte[] Content = "Công văn số 88/BTC-VP"u8.ToArray();

    [Fact]
    public async Task SignatureUnderAConfiguredRoot_ChainsToIt_AndWithoutRevocationDataIsIndeterminate_TryLater()
    {
        var cms = new SignedCms(new ContentInfo(Content), detached: true);
        cms.ComputeSignature(new CmsSigner(app.Leaf), silent: true);
        await using var scope = app.Services.CreateAsyncScope();

        var report = Assert.Single(await scope.ServiceProvider.GetRequiredService<ITrustAdministration>()
            .ValidateDetachedAsync(Content, cms.Encode(), TestContext.Current.CancellationToken));

        Assert.Equal((Indications.Indeterminate, Indications.TryLater), (report.Indication, report.SubIndication));
        Assert.Equal("Nguyễn Văn An", report.Signer);
    }
}
