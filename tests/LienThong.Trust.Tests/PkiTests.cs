using System.Security.Cryptography.X509Certificates;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Trust.Tests;

/// <summary>The CAs, issuance and revocation, checked by openssl; on SQLite and PostgreSQL.</summary>
public abstract class PkiTests : IDisposable
{
    private readonly LienThongApp app;
    private readonly HttpClient client;
    private readonly string folder = Directory.CreateTempSubdirectory("lienthong-pki-").FullName;

    protected PkiTests(LienThongApp app)
    {
        app.Database.RequireAvailable();
        this.app = app;
        client = app.CreateClient();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithTrustAsync<T>(Func<ITrustAdministration, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ITrustAdministration>());
    }

    private async Task<string> SaveAsync(string name, string content)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, content, Ct);
        return path;
    }

    [Fact]
    public async Task AgencySeal_ChainsToTheRoot_ForOpenSsl()
    {
        var (seal, error) = await WithTrustAsync(t => t.IssueAsync("seal", "000.00.00.H47", Ct));
        var root = await SaveAsync("root.pem", await WithTrustAsync(t => t.ExportRootPemAsync(Ct)));
        var issuing = await SaveAsync("issuing.pem", X509CertificateLoader.LoadCertificate(await client.GetByteArrayAsync("/pki/ca/issuing.cer", Ct)).ExportCertificatePem());
        var leaf = await SaveAsync("seal.pem", await CertificatePemAsync(seal!.SerialNumber));

        var (exit, output) = await IndependentTool.RunAsync("openssl", "verify", "-CAfile", root, "-untrusted", issuing, leaf);
        var (_, text) = await IndependentTool.RunAsync("openssl", "x509", "-in", leaf, "-noout", "-text");

        Assert.Null(error);
        Assert.True(exit == 0, output);
        Assert.Contains("VN-EID:000.00.00.H47", text, StringComparison.Ordinal);
        Assert.Contains("/pki/crl/issuing.crl", text, StringComparison.Ordinal);
        Assert.Contains("OCSP - URI", text, StringComparison.Ordinal);
        Assert.Contains("Non Repudiation", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedSerial_IsListedInTheCrl_WithANextUpdate()
    {
        var (seal, _) = await WithTrustAsync(t => t.IssueAsync("seal", "000.00.02.H47", Ct));

        var error = await WithTrustAsync(t => t.RevokeAsync(seal!.SerialNumber, "keyCompromise", Ct));
        var crl = Path.Combine(folder, "issuing.crl");
        await File.WriteAllBytesAsync(crl, await client.GetByteArrayAsync("/pki/crl/issuing.crl", Ct), Ct);
        var (exit, text) = await IndependentTool.RunAsync("openssl", "crl", "-inform", "DER", "-in", crl, "-noout", "-text");

        Assert.Null(error);
        Assert.Equal(0, exit);
        Assert.Contains("Serial Number: " + seal!.SerialNumber, text, StringComparison.Ordinal);
        Assert.Contains("Key Compromise", text, StringComparison.Ordinal);
        Assert.Contains("Next Update", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokingTwice_IsRefused_AndChangesNothing()
    {
        var (seal, _) = await WithTrustAsync(t => t.IssueAsync("seal", "000.00.03.H47", Ct));
        await WithTrustAsync(t => t.RevokeAsync(seal!.SerialNumber, "superseded", Ct));

        var second = await WithTrustAsync(t => t.RevokeAsync(seal!.SerialNumber, "keyCompromise", Ct));
        var after = (await WithTrustAsync(t => t.ListAsync(Ct))).Single(c => c.SerialNumber == seal!.SerialNumber);

        Assert.Contains("đã bị thu hồi", second, StringComparison.Ordinal);
        Assert.Equal("superseded", after.RevocationReason);
    }

    [Theory]
    [InlineData("seal", "999.99.99.H99", "không có trong danh mục")]
    [InlineData("root-ca", "x", "không cấp được")]
    public async Task IssueRequest_ForAnUnknownAgencyOrProfile_IsRefused(string profile, string subject, string reason)
    {
        var before = (await WithTrustAsync(t => t.ListAsync(Ct))).Count;

        var (certificate, error) = await WithTrustAsync(t => t.IssueAsync(profile, subject, Ct));

        Assert.Null(certificate);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Equal(before, (await WithTrustAsync(t => t.ListAsync(Ct))).Count);
    }

    [Fact]
    public async Task UnknownRevocationReason_IsRefused()
    {
        var (seal, _) = await WithTrustAsync(t => t.IssueAsync("seal", "000.00.04.H47", Ct));

        Assert.Contains("không hợp lệ", await WithTrustAsync(t => t.RevokeAsync(seal!.SerialNumber, "because", Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeStamp_IsAcceptedByOpenSsl()
    {
        var data = await SaveAsync("data.txt", "Quyết định số 05/QĐ-UBND");
        var query = Path.Combine(folder, "req.tsq");
        var reply = Path.Combine(folder, "reply.tsr");
        await IndependentTool.RunAsync("openssl", "ts", "-query", "-data", data, "-sha256", "-cert", "-out", query);
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(query, Ct));
        content.Headers.ContentType = new("application/timestamp-query");

        var response = await client.PostAsync("/pki/tsa", content, Ct);
        await File.WriteAllBytesAsync(reply, await response.Content.ReadAsByteArrayAsync(Ct), Ct);
        var root = await SaveAsync("root.pem", await WithTrustAsync(t => t.ExportRootPemAsync(Ct)));
        var issuing = await SaveAsync("issuing.pem", X509CertificateLoader.LoadCertificate(await client.GetByteArrayAsync("/pki/ca/issuing.cer", Ct)).ExportCertificatePem());
        var (exit, output) = await IndependentTool.RunAsync("openssl", "ts", "-verify", "-data", data, "-in", reply, "-CAfile", root, "-untrusted", issuing);

        Assert.Equal("application/timestamp-reply", response.Content.Headers.ContentType?.MediaType);
        Assert.True(exit == 0, output);
        Assert.Contains("Verification: OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeStampRequest_ThatIsNotOne_IsRejected()
    {
        using var garbage = new ByteArrayContent("không phải yêu cầu"u8.ToArray());
        garbage.Headers.ContentType = new("application/timestamp-query");
        using var wrongType = new StringContent("x");

        var rejected = await client.PostAsync("/pki/tsa", garbage, Ct);
        var reply = Path.Combine(folder, "bad.tsr");
        await File.WriteAllBytesAsync(reply, await rejected.Content.ReadAsByteArrayAsync(Ct), Ct);
        var (_, text) = await IndependentTool.RunAsync("openssl", "ts", "-reply", "-in", reply, "-text");
        var unsupported = await client.PostAsync("/pki/tsa", wrongType, Ct);

        Assert.Contains("Status: Rejected", text, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.UnsupportedMediaType, unsupported.StatusCode);
    }

    [Fact]
    public async Task Ocsp_SaysGoodThenRevoked_ForOpenSsl()
    {
        var (seal, _) = await WithTrustAsync(t => t.IssueAsync("seal", "000.00.05.H47", Ct));
        var leaf = await SaveAsync("ocsp-leaf.pem", await CertificatePemAsync(seal!.SerialNumber));
        var root = await SaveAsync("root.pem", await WithTrustAsync(t => t.ExportRootPemAsync(Ct)));
        var issuing = await SaveAsync("issuing.pem", X509CertificateLoader.LoadCertificate(await client.GetByteArrayAsync("/pki/ca/issuing.cer", Ct)).ExportCertificatePem());

        var before = await AskOcspAsync(leaf, issuing, root);
        await WithTrustAsync(t => t.RevokeAsync(seal.SerialNumber, "cessationOfOperation", Ct));
        var after = await AskOcspAsync(leaf, issuing, root);

        Assert.Contains("Response verify OK", before, StringComparison.Ordinal);
        Assert.Contains(": good", before, StringComparison.Ordinal);
        Assert.Contains(": revoked", after, StringComparison.Ordinal);
        Assert.Contains("Reason: cessationOfOperation", after, StringComparison.Ordinal);
    }

    private async Task<string> AskOcspAsync(string leaf, string issuing, string root)
    {
        var request = Path.Combine(folder, "ocsp-req.der");
        var reply = Path.Combine(folder, "ocsp-resp.der");
        await IndependentTool.RunAsync("openssl", "ocsp", "-issuer", issuing, "-cert", leaf, "-no_nonce", "-reqout", request);
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(request, Ct));
        content.Headers.ContentType = new("application/ocsp-request");
        var response = await client.PostAsync("/pki/ocsp", content, Ct);
        await File.WriteAllBytesAsync(reply, await response.Content.ReadAsByteArrayAsync(Ct), Ct);
        // -cert/-issuer name the certificate whose status openssl prints; the request itself came from -reqout above.
        var (_, output) = await IndependentTool.RunAsync("openssl", "ocsp", "-respin", reply, "-issuer", issuing, "-cert", leaf, "-no_nonce",
            "-CAfile", root, "-verify_other", issuing);
        return output;
    }

    [Fact]
    public async Task DetachedSeal_IsVerifiedByOpenSsl_AndCarriesCadesAttributes()
    {
        await WithTrustAsync(t => t.IssueAsync("seal", "000.00.00.H47", Ct));
        var content = "Công văn số 12/UBND-VX"u8.ToArray();
        var data = Path.Combine(folder, "cv.txt");
        var p7s = Path.Combine(folder, "cv.p7s");
        await File.WriteAllBytesAsync(data, content, Ct);

        var (signature, error) = await WithTrustAsync(t => t.SealDetachedAsync(content, "000.00.00.H47", Ct));
        await File.WriteAllBytesAsync(p7s, signature!, Ct);
        var root = await SaveAsync("root.pem", await WithTrustAsync(t => t.ExportRootPemAsync(Ct)));
        var (exit, output) = await IndependentTool.RunAsync("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", p7s, "-content", data,
            "-CAfile", root, "-out", Path.Combine(folder, "out.txt"));
        var (_, structure) = await IndependentTool.RunAsync("openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", p7s);
        await File.WriteAllTextAsync(data, "Công văn số 13/UBND-VX", Ct);
        var (tamperedExit, _) = await IndependentTool.RunAsync("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", p7s, "-content", data,
            "-CAfile", root, "-out", Path.Combine(folder, "out2.txt"));

        Assert.Null(error);
        Assert.True(exit == 0, output);
        Assert.Contains("Verification successful", output, StringComparison.Ordinal);
        Assert.Contains("id-smime-aa-signingCertificateV2", structure, StringComparison.Ordinal);
        Assert.Contains("id-smime-aa-timeStampToken", structure, StringComparison.Ordinal);
        Assert.NotEqual(0, tamperedExit);
    }

    [Fact]
    public async Task Sealing_ForAnAgencyWithoutASeal_IsRefused()
    {
        var (signature, error) = await WithTrustAsync(t => t.SealDetachedAsync([1, 2, 3], "000.00.00.G22", Ct));

        Assert.Null(signature);
        Assert.Contains("chưa có chứng thư con dấu", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnvelopedXmlSignature_IsVerifiedByXmlsec1AndDotNet_AndTamperingIsCaught()
    {
        await WithTrustAsync(t => t.IssueAsync("seal", "000.00.01.H47", Ct));
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><edXML><Subject>Giấy mời họp</Subject></edXML>"u8.ToArray();

        var (signed, error) = await WithTrustAsync(t => t.SealXmlAsync(xml, "000.00.01.H47", Ct));
        var path = Path.Combine(folder, "signed.xml");
        await File.WriteAllBytesAsync(path, signed!, Ct);
        var root = await SaveAsync("root.pem", await WithTrustAsync(t => t.ExportRootPemAsync(Ct)));
        var issuing = await SaveAsync("issuing.pem", X509CertificateLoader.LoadCertificate(await client.GetByteArrayAsync("/pki/ca/issuing.cer", Ct)).ExportCertificatePem());
        var (exit, output) = await IndependentTool.RunAsync("xmlsec1", "--verify", "--trusted-pem", root, "--untrusted-pem", issuing, path);
        var tampered = System.Text.Encoding.UTF8.GetString(signed!).Replace("Giấy mời họp", "Giấy mời họp gấp", StringComparison.Ordinal);

        Assert.Null(error);
        Assert.True(exit == 0, output);
        Assert.True(DotNetVerifies(signed!));
        Assert.False(DotNetVerifies(System.Text.Encoding.UTF8.GetBytes(tampered)));

        // The platform's own check of received packages: chain to the root, revocation, and the whole document covered.
        await using var scope = app.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<LienThong.Trust.Contracts.ISignatureVerifier>();
        var good = await verifier.VerifyXmlAsync(signed!, cancellationToken: Ct);
        var bad = await verifier.VerifyXmlAsync(System.Text.Encoding.UTF8.GetBytes(tampered), cancellationToken: Ct);
        var wrapped = System.Text.Encoding.UTF8.GetString(signed!).Replace("<Reference URI=\"\">", "<Reference URI=\"#x\">", StringComparison.Ordinal);
        Assert.True(good!.Passed, good.Detail);
        Assert.False(bad!.Passed);
        Assert.Equal("TOTAL_FAILED/SIG_CRYPTO_FAILURE", bad.Indication);
        Assert.False((await verifier.VerifyXmlAsync(System.Text.Encoding.UTF8.GetBytes(wrapped), cancellationToken: Ct))!.Passed);
        Assert.Null(await verifier.VerifyXmlAsync(xml, cancellationToken: Ct));
        // Bound to the sender: the seal of another agency does not pass for this one.
        Assert.True((await verifier.VerifyXmlAsync(signed!, ["000.00.01.H47"], Ct))!.Passed);
        var someoneElse = await verifier.VerifyXmlAsync(signed!, ["000.00.02.H47"], Ct);
        Assert.Equal("INDETERMINATE/CHAIN_CONSTRAINTS_FAILURE", someoneElse!.Indication);
    }

    [Fact]
    public async Task XmlSealing_OfSomethingThatIsNotXml_IsRefused()
    {
        await WithTrustAsync(t => t.IssueAsync("seal", "000.00.01.H47", Ct));

        var (signed, error) = await WithTrustAsync(t => t.SealXmlAsync("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"u8.ToArray(), "000.00.01.H47", Ct));

        Assert.Null(signed);
        Assert.Contains("không phải XML hợp lệ", error, StringComparison.Ordinal);
    }

    private static bool DotNetVerifies(byte[] xml)
    {
        var document = new System.Xml.XmlDocument { PreserveWhitespace = true };
        document.Load(new MemoryStream(xml));
        var signed = new System.Security.Cryptography.Xml.SignedXml(document);
        signed.LoadXml((System.Xml.XmlElement)document.GetElementsByTagName("Signature", System.Security.Cryptography.Xml.SignedXml.XmlDsigNamespaceUrl)[0]!);
        return signed.CheckSignature();
    }

    [Fact]
    public void PrivateKeys_AreEncryptedAtRest()
    {
        var keys = Directory.GetFiles(Path.Combine(app.Database.DataDirectory, "trust", "keys"));

        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.StartsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----", File.ReadAllText(k), StringComparison.Ordinal));
    }

    private async Task<string> CertificatePemAsync(string serial)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.TrustDbContext>();
        var row = db.Certificates.Single(c => c.SerialNumber == serial);
        return X509CertificateLoader.LoadCertificate(row.Der).ExportCertificatePem();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

public sealed class PkiSqliteTests(SqliteApp app) : PkiTests(app), IClassFixture<SqliteApp>;

public sealed class PkiPostgresTests(PostgresApp app) : PkiTests(app), IClassFixture<PostgresApp>;
