using LienThong.Testing;
using LienThong.Trust.Contracts;
using LienThong.Trust.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Trust.Tests;

/// <summary>PAdES signatures by incremental update, checked by poppler's pdfsig (NSS) and qpdf as well as by our validator.</summary>
public sealed class PadesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Leader = "lanhdao.ubndtinh";
    private const string Province = "000.00.00.H47";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithAsync<T, TService>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private async Task EnsureCertificatesAsync()
    {
        await WithAsync<object?, ITrustAdministration>(async t =>
        {
            if (!(await t.ListAsync(Ct)).Any(c => c.Profile == "official" && c.RevokedAtUtc is null))
            {
                Assert.Null((await t.IssueAsync("official", Leader, Ct)).Error);
                Assert.Null((await t.IssueAsync("seal", Province, Ct)).Error);
            }
            return null;
        });
    }

    private Task<SigningResult> SignAsync(byte[] pdf, PdfSigningRequest request) =>
        WithAsync<SigningResult, IDocumentSigner>(s => s.SignPdfAsync(pdf, request, Ct));

    /// <summary>An NSS database trusting our root, as a relying party would set one up.</summary>
    private async Task<string> NssDatabaseAsync()
    {
        var folder = Path.Combine(app.Database.DataDirectory, "nss-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var root = Path.Combine(folder, "root.pem");
        await File.WriteAllTextAsync(root, await WithAsync<string, ITrustAdministration>(t => t.ExportRootPemAsync(Ct)), Ct);
        Assert.Equal(0, (await IndependentTool.RunAsync("certutil", "-N", "-d", "sql:" + folder, "--empty-password")).Exit);
        Assert.Equal(0, (await IndependentTool.RunAsync("certutil", "-A", "-d", "sql:" + folder, "-n", "LienThong Root CA", "-t", "CT,C,C", "-i", root)).Exit);
        return folder;
    }

    /// <summary>
    /// pdfsig checks the PDF side (each signature's byte ranges and value, the SubFilter); openssl checks each CMS over its byte
    /// ranges and its chain to our root. Debian's poppler 22.12 reads a stale NSS error after a successful chain check and
    /// then prints "Unknown issue with Certificate" even for trusted chains (it ignores CERT_PKIXVerifyCert's result), so its
    /// certificate line is only required to name none of the real failures.
    /// </summary>
    [Fact]
    public async Task OfficialThenSeal_BothSignaturesValid_ForPdfsigOpensslAndQpdf()
    {
        await EnsureCertificatesAsync();
        var official = await SignAsync(SamplePdf.Create(), PdfSigningRequest.Official(Leader));
        Assert.True(official.Succeeded, official.Error);
        var sealed_ = await SignAsync(official.Signed!, PdfSigningRequest.Seal(Province));
        Assert.True(sealed_.Succeeded, sealed_.Error);
        var folder = Directory.CreateDirectory(Path.Combine(app.Database.DataDirectory, "pades-" + Guid.NewGuid().ToString("N"))).FullName;
        var path = Path.Combine(folder, "signed-twice.pdf");
        await File.WriteAllBytesAsync(path, sealed_.Signed!, Ct);
        var original = Path.Combine(folder, "original.pdf");
        await File.WriteAllBytesAsync(original, SamplePdf.Create(), Ct);
        var root = Path.Combine(folder, "root.pem");
        await File.WriteAllTextAsync(root, await WithAsync<string, ITrustAdministration>(t => t.ExportRootPemAsync(Ct)), Ct);

        var (exit, output) = await IndependentTool.RunAsync("pdfsig", "-nssdir", "sql:" + await NssDatabaseAsync(), "-no-ocsp", path);
        var qpdf = await IndependentTool.RunAsync("qpdf", "--check", path);
        var qpdfOriginal = await IndependentTool.RunAsync("qpdf", "--check", original);

        Assert.True(exit == 0, output);
        Assert.True(CountOf(output, "Signature Validation: Signature is Valid.") == 2, output);
        Assert.True(CountOf(output, "Signature Type: ETSI.CAdES.detached") == 2, output);
        Assert.Contains("Signature Field Name: ChuKy1", output, StringComparison.Ordinal);
        Assert.Contains("Signer Certificate Common Name: Lê Văn Dũng", output, StringComparison.Ordinal);
        Assert.Contains("Signer Certificate Common Name: Ủy ban nhân dân tỉnh Quảng Nam", output, StringComparison.Ordinal);
        Assert.DoesNotContain("issuer is unknown", output, StringComparison.Ordinal);
        Assert.DoesNotContain("revoked", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expired", output, StringComparison.OrdinalIgnoreCase);
        // qpdf finds no error, and no warning but those it already has about PDFsharp's own streams (exit 3 = warnings).
        Assert.True(qpdf.Exit is 0 or 3 && Warnings(qpdf.Output, path).SetEquals(Warnings(qpdfOriginal.Output, original)), qpdf.Output);
        var signatures = SignaturesOf(sealed_.Signed!);
        Assert.Equal(2, signatures.Count);
        foreach (var (content, cms) in signatures)
        {
            var data = Path.Combine(folder, Guid.NewGuid().ToString("N"));
            await File.WriteAllBytesAsync(data + ".bin", content, Ct);
            await File.WriteAllBytesAsync(data + ".p7s", cms, Ct);
            var verify = await IndependentTool.RunAsync("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", data + ".p7s",
                "-content", data + ".bin", "-CAfile", root, "-out", data + ".out");
            var structure = await IndependentTool.RunAsync("openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", data + ".p7s");
            Assert.True(verify.Exit == 0, verify.Output);
            Assert.Contains("id-smime-aa-signingCertificateV2", structure.Output, StringComparison.Ordinal);
            Assert.Contains("id-smime-aa-timeStampToken", structure.Output, StringComparison.Ordinal);
            // PAdES baseline: the claimed time is /M, never a CMS signing-time attribute (ETSI EN 319 142-1 §5.2.1).
            var signedAttributes = structure.Output[..structure.Output.IndexOf("unsignedAttrs", StringComparison.Ordinal)];
            Assert.Contains("messageDigest", signedAttributes, StringComparison.Ordinal);
            Assert.DoesNotContain("signingTime", signedAttributes, StringComparison.Ordinal);
        }
        // The official's signature covers the first revision exactly; the seal's covers everything before its DSS update.
        Assert.True(signatures[0].Content.Length < signatures[1].Content.Length);
    }

    /// <summary>Each signature's signed bytes and CMS, found with a regular expression (independently of our parser).</summary>
    private static List<(byte[] Content, byte[] Cms)> SignaturesOf(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var result = new List<(byte[], byte[])>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"/ByteRange \[0 (\d+) (\d+) (\d+)\s*\]"))
        {
            var (a, b, c) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
            var hex = text[(a + 1)..(b - 1)].TrimEnd('0');
            var cms = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
            System.Formats.Asn1.AsnDecoder.ReadEncodedValue(cms, System.Formats.Asn1.AsnEncodingRules.BER, out _, out _, out var length);
            cms = cms[..length];
            result.Add(([.. pdf.AsSpan(0, a), .. pdf.AsSpan(b, c)], cms));
        }
        return result;
    }

    [Fact]
    public async Task OurValidator_PassesBothSignatures_AndOneChangedByteFailsBoth()
    {
        await EnsureCertificatesAsync();
        var official = await SignAsync(SamplePdf.Create(2), PdfSigningRequest.Official(Leader));
        var signed = (await SignAsync(official.Signed!, PdfSigningRequest.Seal(Province))).Signed!;
        var changed = (byte[])signed.Clone();
        var at = System.Text.Encoding.Latin1.GetString(signed).IndexOf("PDFsharp", StringComparison.Ordinal);
        changed[at] = (byte)'Q';

        var (reports, error) = await ValidateAsync(signed);
        var (tampered, _) = await ValidateAsync(changed);

        Assert.Null(error);
        Assert.Equal(["ChuKy1:Lê Văn Dũng", "ChuKy2:Ủy ban nhân dân tỉnh Quảng Nam"], reports!.Select(r => $"{r.Field}:{r.Signer}"));
        Assert.All(reports!, r => Assert.Equal((Indications.TotalPassed, "PAdES-BASELINE-LT"), (r.Indication, r.Level)));
        Assert.All(reports!, r => Assert.NotNull(r.TimeStampedSigningTime));
        Assert.All(reports!, r => Assert.NotNull(r.ClaimedSigningTime));
        Assert.All(reports!, r => Assert.False(r.CoversWholeDocument));
        Assert.All(tampered!, r => Assert.Equal((Indications.TotalFailed, Indications.HashFailure), (r.Indication, r.SubIndication)));
    }

    [Fact]
    public async Task BaselineT_OnAnAttachment_CoversTheWholeFile_WithTheNotationTopRight()
    {
        await EnsureCertificatesAsync();
        var request = PdfSigningRequest.Seal(Province) with { Mark = PdfSignatureMark.Attachment, Notation = "05/QĐ-UBND", LongTerm = false };

        var signed = await SignAsync(SamplePdf.Create(), request);
        var (reports, _) = await ValidateAsync(signed.Signed!);
        var text = await IndependentTool.RunAsync("pdftotext", "-f", "1", "-l", "1", await SaveAsync(signed.Signed!), "-");

        var report = Assert.Single(reports!);
        Assert.Equal((Indications.TotalPassed, "PAdES-BASELINE-T", true), (report.Indication, report.Level, report.CoversWholeDocument));
        Assert.Contains("Số: 05/QĐ-UBND", text.Output, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(text.Output, @"Thời gian ký: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00"), text.Output);
    }

    [Fact]
    public async Task SignatureFromAnUnknownRoot_IsIndeterminate_NoCertificateChainFound()
    {
        await EnsureCertificatesAsync();
        var signed = (await SignAsync(SamplePdf.Create(), PdfSigningRequest.Official(Leader) with { LongTerm = false })).Signed!;
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Kẻ mạo danh, C=VN", key,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var stranger = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var (content, _) = Assert.Single(SignaturesOf(signed));
        var cms = new System.Security.Cryptography.Pkcs.SignedCms(new System.Security.Cryptography.Pkcs.ContentInfo(content), detached: true);
        cms.ComputeSignature(new System.Security.Cryptography.Pkcs.CmsSigner(stranger), silent: true);
        var forged = ReplaceSignature(signed, cms.Encode());

        var (reports, _) = await ValidateAsync(forged);

        var report = Assert.Single(reports!);
        Assert.Equal((Indications.Indeterminate, Indications.NoCertificateChainFound), (report.Indication, report.SubIndication));
    }

    /// <summary>Most office software writes cross-reference streams and object streams (PDF 1.5); qpdf makes such a file here.</summary>
    [Fact]
    public async Task PdfWithCrossReferenceAndObjectStreams_IsSignedTwice_AndPdfsigAgrees()
    {
        await EnsureCertificatesAsync();
        var compressed = Path.Combine(app.Database.DataDirectory, Guid.NewGuid().ToString("N") + ".pdf");
        var qpdf = await IndependentTool.RunAsync("qpdf", "--object-streams=generate", "--compress-streams=y", await SaveAsync(SamplePdf.Create()), compressed);
        Assert.True(qpdf.Exit is 0 or 3, qpdf.Output);
        var original = await File.ReadAllBytesAsync(compressed, Ct);
        Assert.Contains("/ObjStm", System.Text.Encoding.Latin1.GetString(original), StringComparison.Ordinal);

        var official = await SignAsync(original, PdfSigningRequest.Official(Leader));
        Assert.True(official.Succeeded, official.Error);
        var sealed_ = await SignAsync(official.Signed!, PdfSigningRequest.Seal(Province));
        Assert.True(sealed_.Succeeded, sealed_.Error);
        var (reports, _) = await ValidateAsync(sealed_.Signed!);
        var (exit, output) = await IndependentTool.RunAsync("pdfsig", "-nocert", await SaveAsync(sealed_.Signed!));

        Assert.Equal(2, reports!.Count);
        Assert.All(reports!, r => Assert.Equal(Indications.TotalPassed, r.Indication));
        Assert.True(exit == 0 && CountOf(output, "Signature Validation: Signature is Valid.") == 2, output);
        Assert.Equal(original, sealed_.Signed![..original.Length]);
    }

    [Fact]
    public async Task BadFiles_GetAClearError_AndNothingIsSigned()
    {
        await EnsureCertificatesAsync();
        var pdf = SamplePdf.Create();
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var brokenXref = System.Text.Encoding.Latin1.GetBytes(text[..startxref] + "startxref\n17\n%%EOF\n");
        var encrypted = await IndependentTool.RunAsync("qpdf", "--encrypt", "nguoidung", "chusohuu", "256", "--", await SaveAsync(pdf),
            Path.Combine(app.Database.DataDirectory, "encrypted.pdf"));
        Assert.True(encrypted.Exit == 0, encrypted.Output);
        var encryptedPdf = await File.ReadAllBytesAsync(Path.Combine(app.Database.DataDirectory, "encrypted.pdf"), Ct);

        Assert.Contains("không phải PDF", (await SignAsync("Tờ trình"u8.ToArray(), PdfSigningRequest.Official(Leader))).Error, StringComparison.Ordinal);
        Assert.Contains("mã hoá", (await SignAsync(encryptedPdf, PdfSigningRequest.Official(Leader))).Error, StringComparison.Ordinal);
        Assert.Contains("tham chiếu chéo", (await SignAsync(brokenXref, PdfSigningRequest.Official(Leader))).Error, StringComparison.Ordinal);
        Assert.Contains("chưa có chứng thư", (await SignAsync(pdf, PdfSigningRequest.Official("chuyenvien.stnmt"))).Error, StringComparison.Ordinal);
        Assert.Contains("con dấu", (await SignAsync(pdf, PdfSigningRequest.Official(Leader) with { Mark = PdfSignatureMark.Attachment })).Error, StringComparison.Ordinal);
        Assert.Contains("mã hoá", (await ValidateAsync(encryptedPdf)).Error, StringComparison.Ordinal);
        Assert.Contains("tham chiếu chéo", (await ValidateAsync(brokenXref)).Error, StringComparison.Ordinal);
        Assert.Contains("không có chữ ký", (await ValidateAsync(pdf)).Error, StringComparison.Ordinal);
        Assert.Contains("không phải PDF", (await ValidateAsync([0x25, 0x21, 1, 2, 3])).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationApi_ReadsSignedPdfs_AndExplainsUnreadableOnes()
    {
        await EnsureCertificatesAsync();
        var signed = (await SignAsync(SamplePdf.Create(), PdfSigningRequest.Official(Leader))).Signed!;
        using var client = app.CreateClient();

        using var good = new MultipartFormDataContent { { new ByteArrayContent(signed), "file", "quyet-dinh.pdf" } };
        var ok = await client.PostAsync("/api/trust/validate", good, Ct);
        using var unsigned = new MultipartFormDataContent { { new ByteArrayContent(SamplePdf.Create()), "file", "ban-nhap.pdf" } };
        var none = await client.PostAsync("/api/trust/validate", unsigned, Ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"indication\":\"TOTAL_PASSED\"", body, StringComparison.Ordinal);
        Assert.Contains("\"level\":\"PAdES-BASELINE-LT\"", body, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, none.StatusCode);
        Assert.Contains("/problems/trust/unreadable-pdf", await none.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private Task<(IReadOnlyList<SignatureReport>? Reports, string? Error)> ValidateAsync(byte[] pdf) =>
        WithAsync<(IReadOnlyList<SignatureReport>?, string?), ITrustAdministration>(t => t.ValidatePdfAsync(pdf, Ct));

    private async Task<string> SaveAsync(byte[] pdf)
    {
        var path = Path.Combine(app.Database.DataDirectory, Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf, Ct);
        return path;
    }

    /// <summary>The PDF with its (only) signature value replaced, as a forger would.</summary>
    private static byte[] ReplaceSignature(byte[] pdf, byte[] cms)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var m = System.Text.RegularExpressions.Regex.Match(text, @"/ByteRange \[0 (\d+) (\d+)");
        var (start, end) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
        var hex = Convert.ToHexString(cms).PadRight(end - start - 2, '0');
        var copy = (byte[])pdf.Clone();
        System.Text.Encoding.ASCII.GetBytes(hex).CopyTo(copy, start + 1);
        return copy;
    }

    private static HashSet<string> Warnings(string output, string path) =>
        [.. output.Split('\n').Where(l => l.StartsWith("WARNING", StringComparison.Ordinal)).Select(l => l.Replace(path, "FILE", StringComparison.Ordinal))];

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
