using System.IO.Compression;
using System.Text;
using LienThong.Documents.EdXml;

namespace LienThong.Documents.Tests;

/// <summary>edXML packages (QCVN 102:2016/BTTTT): built, read back, read in the Government Office sample's shape, and refused when unsafe or malformed.</summary>
public sealed class EdXmlTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% công văn mẫu\n%%EOF");

    private static EdXmlDocument CongVan() => new(
        new EdXmlOrganization("000.00.00.H15", "Ủy ban nhân dân thành phố Đà Nẵng"),
        [new EdXmlOrganization("000.00.02.H15", "Sở Nông nghiệp và Môi trường"), new EdXmlOrganization("000.17.99.H15", "UBND phường Bàn Thạch")],
        "05", "UBND-VX", "Đà Nẵng", new DateOnly(2026, 1, 5), "Công văn", "V/v triển khai chuyển đổi số năm 2026",
        [new EdXmlAttachment("cid:1", "05-UBND-VX.pdf", "application/pdf", "Văn bản chính", Pdf)],
        Signer: new EdXmlSigner("KT. CHỦ TỊCH", "Phó Chủ tịch", "Lê Văn Dũng"), DueDate: new DateOnly(2026, 1, 20),
        ToPlaces: ["Như trên", "Lưu: VT, VX."], Trace: [new EdXmlTrace("000.00.00.H15", new DateTime(2026, 1, 5, 9, 30, 0))]);

    private static EdXmlReadResult Read(string xml, EdXmlLimits? limits = null) => EdXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), limits);

    [Fact]
    public void RoundTrip_KeepsTheHeaderAndTheAttachment_InTheStandardShape()
    {
        var bytes = EdXmlWriter.Build(CongVan());
        var xml = Encoding.UTF8.GetString(bytes);

        var read = EdXmlReader.Read(new MemoryStream(bytes));

        Assert.True(read.Valid, string.Join("; ", read.Errors));
        var d = read.Document!;
        Assert.Equal("000.00.00.H15,2026/01/05,05/UBND-VX", d.DocumentId);
        Assert.Equal(["000.00.02.H15", "000.17.99.H15"], d.To.Select(t => t.OrganId));
        Assert.Equal(("KT. CHỦ TỊCH", "Lê Văn Dũng"), (d.Signer!.Competence, d.Signer.FullName));
        Assert.Equal(new DateOnly(2026, 1, 20), d.DueDate);
        Assert.Equal(Pdf, d.Attachments.Single().Content);
        Assert.Equal("05-UBND-VX.pdf", d.Attachments.Single().Name);
        Assert.Equal(0, d.Business!.DocType);
        Assert.Contains("<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">", xml, StringComparison.Ordinal);
        Assert.Contains("<edXML:PromulgationDate>2026/01/05</edXML:PromulgationDate>", xml, StringComparison.Ordinal);
        Assert.Contains("<edXML:Timestamp>2026/01/05 09:30:00</edXML:Timestamp>", xml, StringComparison.Ordinal);
        Assert.Contains("<edXML:Bussiness>", xml, StringComparison.Ordinal);
        Assert.True(xml.IndexOf("</edXML:edXMLEnvelope>", StringComparison.Ordinal) < xml.IndexOf("<AttachmentEncoded>", StringComparison.Ordinal));
        Assert.Contains(">UEsDB", xml, StringComparison.Ordinal); // zipped, then Base64
    }

    /// <summary>The shape of the VPCP SDK sample as the reference describes it: xsi/xsd on the root, an unprefixed Signature, ContentId without cid: in AttachmentEncoded.</summary>
    [Fact]
    public void GovernmentSampleShape_IsRead()
    {
        var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(Guid.NewGuid().ToString()).Open();
            entry.Write("Nội dung quyết định"u8);
        }
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
              <edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
                <edXML:edXMLHeader>
                  <edXML:MessageHeader>
                    <edXML:From><edXML:OrganId>000.00.00.G22</edXML:OrganId><edXML:OrganName>Văn phòng Chính phủ</edXML:OrganName></edXML:From>
                    <edXML:To><edXML:OrganId>000.00.00.H15</edXML:OrganId><edXML:OrganName>UBND thành phố Đà Nẵng</edXML:OrganName></edXML:To>
                    <edXML:Code><edXML:CodeNumber>7816</edXML:CodeNumber><edXML:CodeNotation>VPCP-TTĐT</edXML:CodeNotation></edXML:Code>
                    <edXML:PromulgationInfo><edXML:Place>Hà Nội</edXML:Place><edXML:PromulgationDate>2015/09/30</edXML:PromulgationDate></edXML:PromulgationInfo>
                    <edXML:DocumentType><edXML:Type>1</edXML:Type><edXML:TypeDetail>0</edXML:TypeDetail><edXML:TypeName>Công văn</edXML:TypeName></edXML:DocumentType>
                    <edXML:Subject>V/v kết nối, liên thông phần mềm quản lý văn bản</edXML:Subject>
                    <edXML:Content>V/v kết nối, liên thông phần mềm quản lý văn bản</edXML:Content>
                    <edXML:SignerInfo><edXML:Competence>TL. BỘ TRƯỞNG</edXML:Competence><edXML:Position>Cục trưởng</edXML:Position><edXML:FullName>Nguyễn Văn A</edXML:FullName></edXML:SignerInfo>
                    <edXML:DueDate>2015/10/15</edXML:DueDate>
                    <edXML:ToPlaces><edXML:Place>Các bộ và cơ quan ngang bộ</edXML:Place></edXML:ToPlaces>
                    <edXML:OtherInfo><edXML:Priority>0</edXML:Priority><edXML:SphereOfPromulgation>Liên thông văn bản quốc gia</edXML:SphereOfPromulgation><edXML:TyperNotation>TVC</edXML:TyperNotation><edXML:PromulgationAmount>2</edXML:PromulgationAmount><edXML:PageAmount>22</edXML:PageAmount><edXML:Direction>false</edXML:Direction></edXML:OtherInfo>
                    <edXML:SteeringType>0</edXML:SteeringType>
                    <edXML:DocumentId>000.00.00.G22,2015/09/30,7816/VPCP-TTĐT</edXML:DocumentId>
                  </edXML:MessageHeader>
                  <edXML:TraceHeaderList id="t1" version="1.0" mustUnderstand="1" actor="http://schemas.xmlsoap.org/soap/actor/next">
                    <edXML:TraceHeader><edXML:OrganId>000.00.00.G22</edXML:OrganId><edXML:Timestamp>2015/09/30 10:15:00</edXML:Timestamp></edXML:TraceHeader>
                    <edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType><edXML:BussinessDocReason>Văn bản điện tử mới</edXML:BussinessDocReason><edXML:Paper>0</edXML:Paper></edXML:Bussiness>
                  </edXML:TraceHeaderList>
                  <Signature><SignedInfo /><SignatureValue>AAAA</SignatureValue></Signature>
                </edXML:edXMLHeader>
                <edXML:edXMLBody>
                  <edXML:edXMLManifest version="1.0">
                    <edXML:Reference><edXML:ContentId>cid:209</edXML:ContentId><edXML:ContentType>application/zip</edXML:ContentType><edXML:Description>1896_QD-TTg.doc</edXML:Description><edXML:AttachmentName>1896_QD-TTg.doc</edXML:AttachmentName></edXML:Reference>
                  </edXML:edXMLManifest>
                </edXML:edXMLBody>
              </edXML:edXMLEnvelope>
              <AttachmentEncoded>
                <Attachment><ContentId>209</ContentId><AttachmentName>1896_QD-TTg.doc</AttachmentName><Description>1896_QD-TTg.doc</Description><ContentType>application/zip</ContentType>
                  <edXML:ContentTransferEncoded xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">{Convert.ToBase64String(zipped.ToArray())}</edXML:ContentTransferEncoded></Attachment>
              </AttachmentEncoded>
            </edXML>
            """;

        var read = Read(xml);

        Assert.True(read.Valid, string.Join("; ", read.Errors));
        Assert.Equal("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT", read.Document!.DocumentId);
        Assert.Equal("cid:209", read.Document.Attachments.Single().ContentId);
        Assert.Equal("Nội dung quyết định", Encoding.UTF8.GetString(read.Document.Attachments.Single().Content));
        Assert.Equal("TL. BỘ TRƯỞNG", read.Document.Signer!.Competence);
    }

    private static string Valid() => Encoding.UTF8.GetString(EdXmlWriter.Build(CongVan()));

    [Fact]
    public void ADtdOrExternalEntity_IsRefusedBeforeAnythingIsRead()
    {
        var withEntity = Valid().Replace("<edXML xmlns=", "<!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<edXML xmlns=", StringComparison.Ordinal)
            .Replace("V/v triển khai", "&x; V/v triển khai", StringComparison.Ordinal);

        var read = Read(withEntity);

        Assert.Null(read.Document);
        Assert.Contains("DTD", Assert.Single(read.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<edXML:CodeNumber>05</edXML:CodeNumber>", "", "1.3 CodeNumber")]
    [InlineData("<edXML:OrganId>000.00.00.H15</edXML:OrganId>", "<edXML:OrganId>UBND-DN</edXML:OrganId>", "1.1 From/OrganId")]
    [InlineData("<edXML:PromulgationDate>2026/01/05</edXML:PromulgationDate>", "<edXML:PromulgationDate>05/01/2026</edXML:PromulgationDate>", "yyyy/MM/dd")]
    [InlineData("000.00.00.H15,2026/01/05,05/UBND-VX", "000.00.00.H15,2026/01/06,05/UBND-VX", "1.14 DocumentId")]
    [InlineData("000.00.00.H15,2026/01/05,05/UBND-VX", "05/UBND-VX", "1.14 DocumentId")]
    [InlineData("<ContentId>cid:1</ContentId>", "<ContentId>cid:9</ContentId>", "không có trong edXMLManifest")]
    [InlineData("</edXML:Subject>", "</edXML:Subjec>", "không phải XML hợp lệ")]
    public void MalformedPackages_AreRefused_WithTheReason(string from, string to, string reason)
    {
        var xml = Valid();
        Assert.Contains(from, xml, StringComparison.Ordinal);

        var read = Read(xml.Replace(from, to, StringComparison.Ordinal));

        Assert.False(read.Valid);
        Assert.Contains(read.Errors, e => e.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void OversizedPackagesAndZipBombs_AreRefused_AndNamesAreCleaned()
    {
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("bom.pdf", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 40; i++)
            {
                entry.Write(zeros);
            }
        }
        var xml = Valid();
        var start = xml.IndexOf(">UEsDB", StringComparison.Ordinal) + 1;
        var end = xml.IndexOf("</edXML:ContentTransferEncoded>", start, StringComparison.Ordinal);
        var bombed = xml[..start] + Convert.ToBase64String(bomb.ToArray()) + xml[end..];

        var tooLarge = Read(xml, new EdXmlLimits(MaxPackageBytes: 1024));
        var exploded = Read(bombed);
        var traversal = EdXmlReader.CleanName("../../etc/passwd");
        var windows = EdXmlReader.CleanName("C:\\Văn bản\\05-UBND.pdf\u0000");

        Assert.Contains("vượt quá", Assert.Single(tooLarge.Errors), StringComparison.Ordinal);
        Assert.Contains(exploded.Errors, e => e.Contains("tỉ lệ nén", StringComparison.Ordinal));
        Assert.True(bomb.Length < 200_000);
        Assert.Equal("passwd", traversal);
        Assert.Equal("05-UBND.pdf", windows);
        Assert.Equal("tep-dinh-kem", EdXmlReader.CleanName(".."));
    }
}
