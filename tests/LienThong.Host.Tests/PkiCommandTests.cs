using LienThong.Testing;

namespace LienThong.Host.Tests;

/// <summary>`lienthong pki …` and `lienthong sign cms` as processes on the host's database.</summary>
public sealed class PkiCommandTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        LienThongProcess.RunAsync(app.Database.DataDirectory, null, args);

    [Fact]
    public async Task IssueASeal_SignAFile_RevokeTwice_ExportTheRoot()
    {
        _ = app.Server;
        var folder = app.Database.DataDirectory;
        var document = Path.Combine(folder, "vanban.txt");
        await File.WriteAllTextAsync(document, "Thông báo", TestContext.Current.CancellationToken);

        var issue = await RunAsync("pki", "issue", "--profile", "seal", "--agency", "000.00.02.H47");
        var sign = await RunAsync("sign", "cms", "--in", document, "--out", document + ".p7s", "--seal", "000.00.02.H47");
        var xml = Path.Combine(folder, "goi.xml");
        await File.WriteAllTextAsync(xml, "<edXML><Code>12/UBND-VX</Code></edXML>", TestContext.Current.CancellationToken);
        var signXml = await RunAsync("sign", "xml", "--in", xml, "--out", xml + ".signed.xml", "--seal", "000.00.02.H47");
        var verified = await RunAsync("verify", document, "--detached", document + ".p7s", "--json");
        await File.AppendAllTextAsync(document, ".", TestContext.Current.CancellationToken);
        var tampered = await RunAsync("verify", document, "--detached", document + ".p7s");
        var serial = issue.Out.Split("số hiệu ")[1].Split(':')[0];
        var first = await RunAsync("pki", "revoke", serial, "--reason", "superseded");
        var second = await RunAsync("pki", "revoke", serial, "--reason", "superseded");
        var export = await RunAsync("pki", "export-root", "--out", Path.Combine(folder, "root.pem"));
        var unknown = await RunAsync("pki", "issue", "--profile", "seal", "--agency", "999.99.99.H99");

        Assert.True(issue.Exit == 0, issue.Error);
        Assert.True(sign.Exit == 0, sign.Error);
        Assert.Equal(0x30, (await File.ReadAllBytesAsync(document + ".p7s", TestContext.Current.CancellationToken))[0]);
        Assert.True(signXml.Exit == 0, signXml.Error);
        Assert.True(verified.Exit == 0, verified.Out + verified.Error);
        Assert.Contains("\"indication\": \"TOTAL_PASSED\"", verified.Out, StringComparison.Ordinal);
        Assert.Equal(1, tampered.Exit);
        Assert.Contains("TOTAL_FAILED/HASH_FAILURE", tampered.Out, StringComparison.Ordinal);
        Assert.Contains("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">", await File.ReadAllTextAsync(xml + ".signed.xml", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, first.Exit);
        Assert.Equal(1, second.Exit);
        Assert.Contains("đã bị thu hồi", second.Error, StringComparison.Ordinal);
        Assert.Equal(0, export.Exit);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", await File.ReadAllTextAsync(Path.Combine(folder, "root.pem"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(1, unknown.Exit);
    }

    [Fact]
    public async Task SignPdf_OfficialThenSeal_VerifiesWithBothSignatures_AndATamperedCopyFails()
    {
        _ = app.Server;
        var folder = app.Database.DataDirectory;
        var input = Path.Combine(folder, "to-trinh.pdf");
        var output = Path.Combine(folder, "to-trinh-da-ky.pdf");
        await File.WriteAllBytesAsync(input, SamplePdf.Create(), TestContext.Current.CancellationToken);

        var official = await RunAsync("pki", "issue", "--profile", "official", "--user", "lanhdao.ubndtinh");
        var seal = await RunAsync("pki", "issue", "--profile", "seal", "--agency", "000.00.00.H47");
        var sign = await RunAsync("sign", "pdf", "--in", input, "--out", output, "--signer", "lanhdao.ubndtinh", "--seal", "000.00.00.H47");
        var verify = await RunAsync("verify", output, "--json");
        var signed = await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken);
        signed[100] ^= 0x01;
        await File.WriteAllBytesAsync(output + ".tampered.pdf", signed, TestContext.Current.CancellationToken);
        var tampered = await RunAsync("verify", output + ".tampered.pdf");
        var unsigned = await RunAsync("verify", input);
        var refused = await RunAsync("sign", "pdf", "--in", input, "--out", Path.Combine(folder, "khong-ky.pdf"), "--signer", "chuyenvien.stnmt");

        Assert.True(official.Exit == 0, official.Error);
        Assert.True(seal.Exit == 0, seal.Error);
        Assert.True(sign.Exit == 0, sign.Error);
        Assert.True(verify.Exit == 0, verify.Out + verify.Error);
        var reports = System.Text.Json.JsonDocument.Parse(verify.Out).RootElement.GetProperty("signatures");
        Assert.Equal(2, reports.GetArrayLength());
        Assert.All(reports.EnumerateArray(), r => Assert.Equal("TOTAL_PASSED", r.GetProperty("indication").GetString()));
        Assert.Equal("Lê Văn Dũng", reports[0].GetProperty("signer").GetString());
        Assert.Equal(1, tampered.Exit);
        Assert.Contains("TOTAL_FAILED/HASH_FAILURE", tampered.Out, StringComparison.Ordinal);
        Assert.Equal(1, unsigned.Exit);
        Assert.Contains("không có chữ ký", unsigned.Error, StringComparison.Ordinal);
        Assert.Equal(1, refused.Exit);
        Assert.False(File.Exists(Path.Combine(folder, "khong-ky.pdf")));
    }
}
