using BenchmarkDotNet.Attributes;
using LienThong.Documents.EdXml;

namespace LienThong.Bench;

/// <summary>edXML packages built and read per second: a công văn to three agencies with a 200 KB PDF attachment (zipped, Base64).</summary>
[MemoryDiagnoser]
public class EdXmlBenchmarks
{
    private EdXmlDocument document = null!;
    private byte[] package = [];

    [GlobalSetup]
    public void SetUp()
    {
        var pdf = new byte[200 * 1024];
        new Random(7).NextBytes(pdf);
        document = new EdXmlDocument(new EdXmlOrganization("000.00.00.H15", "Ủy ban nhân dân thành phố Đà Nẵng"),
            [new EdXmlOrganization("000.00.02.H15"), new EdXmlOrganization("000.00.05.H15"), new EdXmlOrganization("000.17.99.H15")],
            "12", "UBND-VX", "Đà Nẵng", new DateOnly(2026, 11, 26), "Công văn", "V/v triển khai chuyển đổi số",
            [new EdXmlAttachment("cid:1", "12-UBND-VX.pdf", "application/pdf", null, pdf)]);
        package = EdXmlWriter.Build(document);
    }

    [Benchmark]
    public int Build() => EdXmlWriter.Build(document).Length;

    [Benchmark]
    public bool Read() => EdXmlReader.Read(new MemoryStream(package)).Valid;
}
