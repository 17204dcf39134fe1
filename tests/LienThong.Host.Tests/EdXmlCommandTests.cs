using System.Text;
using System.Text.Json;
using LienThong.Documents.EdXml;

namespace LienThong.Host.Tests;

/// <summary>`lienthong edxml inspect` as a process: our packages pass, malformed ones fail with the reason.</summary>
public sealed class EdXmlCommandTests
{
    [Fact]
    public async Task Inspect_AcceptsOurPackage_AndRejectsAMalformedOne()
    {
        var folder = Directory.CreateTempSubdirectory("lienthong-edxml-").FullName;
        try
        {
            var good = Path.Combine(folder, "cong-van.edxml");
            var bytes = EdXmlWriter.Build(new EdXmlDocument(new EdXmlOrganization("000.00.00.H15", "Ủy ban nhân dân thành phố Đà Nẵng"),
                [new EdXmlOrganization("000.17.99.H15", "Ủy ban nhân dân phường Bàn Thạch")], "12", "UBND-VX", "Đà Nẵng", new DateOnly(2026, 11, 26),
                "Công văn", "V/v hướng dẫn đăng ký khai sinh trực tuyến", [new EdXmlAttachment("cid:1", "12-UBND-VX.pdf", "application/pdf", null, [1, 2, 3])]));
            await File.WriteAllBytesAsync(good, bytes, TestContext.Current.CancellationToken);
            var bad = Path.Combine(folder, "hong.edxml");
            await File.WriteAllTextAsync(bad, Encoding.UTF8.GetString(bytes).Replace("<edXML:CodeNumber>12</edXML:CodeNumber>", "", StringComparison.Ordinal),
                TestContext.Current.CancellationToken);

            var ok = await LienThongProcess.RunAsync(folder, null, "edxml", "inspect", good, "--json");
            var text = await LienThongProcess.RunAsync(folder, null, "edxml", "inspect", good);
            var refused = await LienThongProcess.RunAsync(folder, null, "edxml", "inspect", bad, "--json");
            var missing = await LienThongProcess.RunAsync(folder, null, "edxml", "inspect", Path.Combine(folder, "khong-co.edxml"));

            Assert.True(ok.Exit == 0, ok.Error);
            var report = JsonDocument.Parse(ok.Out).RootElement;
            Assert.Equal("000.00.00.H15,2026/11/26,12/UBND-VX", report.GetProperty("documentId").GetString());
            Assert.Equal("000.00.00.H15", report.GetProperty("from").GetProperty("organId").GetString());
            Assert.Equal("000.17.99.H15", report.GetProperty("to")[0].GetProperty("organId").GetString());
            Assert.Equal(("12", "UBND-VX"), (report.GetProperty("code").GetProperty("number").GetString(), report.GetProperty("code").GetProperty("notation").GetString()));
            Assert.Equal("2026-11-26", report.GetProperty("promulgationDate").GetString());
            Assert.Equal(3, report.GetProperty("attachments")[0].GetProperty("size").GetInt32());
            Assert.Equal(0, report.GetProperty("errors").GetArrayLength());
            Assert.Contains("Trích yếu: V/v hướng dẫn đăng ký khai sinh trực tuyến", text.Out, StringComparison.Ordinal);
            Assert.Equal(1, refused.Exit);
            Assert.Contains("1.3 CodeNumber", JsonDocument.Parse(refused.Out).RootElement.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
            Assert.Equal(2, missing.Exit);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
