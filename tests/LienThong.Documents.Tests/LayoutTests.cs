using LienThong.Documents.Domain;
using LienThong.Documents.Layout;
using LienThong.Documents.Numbering;
using UglyToad.PdfPig;

namespace LienThong.Documents.Tests;

/// <summary>The Decree 30 layout, read back from the PDF with an independent reader (PdfPig): texts, their sides of the page, pagination.</summary>
public sealed class LayoutTests
{
    private static LayoutInput Decision(int paragraphs = 3) => new("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", "Sở Nông nghiệp và Môi trường",
        Notation.NumberLine(5, "QĐ-SNNMT"), Notation.PlaceAndDate("Đà Nẵng", new DateOnly(2026, 1, 5)), DocumentTypes.Find("QĐ")!,
        "Về việc công bố thủ tục hành chính được chuẩn hóa trong lĩnh vực đất đai",
        [.. Enumerable.Range(1, paragraphs).Select(i => $"Điều {i}. Công bố kèm theo Quyết định này danh mục thủ tục hành chính được chuẩn hóa, " +
            "thực hiện tiếp nhận và trả kết quả qua Hệ thống thông tin giải quyết thủ tục hành chính của thành phố; tổ chức, cá nhân " +
            "nộp hồ sơ trực tuyến và chỉ khai một lần những thông tin đã có trong cơ sở dữ liệu.")],
        [], ["Như Điều 3", "Văn phòng Đăng ký đất đai"], "VP", "KT. GIÁM ĐỐC", "Phó Giám đốc", "Phan Văn Tài", Urgency: "KHẨN");

    [Fact]
    public void Decision_HasTheDecree30Parts_OnTheirSides()
    {
        var pdf = DocumentLayout.Render(Decision());
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "quyet-dinh.pdf"), pdf); // for a look: bin/…/quyet-dinh.pdf

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var text = string.Join(" ", page.GetWords().Select(w => w.Text));
        Assert.Equal(1, document.NumberOfPages);
        foreach (var expected in new[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "Số: 05/QĐ-SNNMT", "Đà Nẵng, ngày 05 tháng 01 năm 2026", "QUYẾT ĐỊNH", "KHẨN", "Nơi nhận:", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC", "Phan Văn Tài" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        double X(string word) => page.GetWords().First(w => w.Text == word).BoundingBox.Left;
        Assert.True(X("CỘNG") > page.Width / 2 - 40, "the national title stands on the right");
        Assert.True(X("SỞ") < page.Width / 2, "the agency stands on the left");
        Assert.True(X("Nơi") < X("Tài"), "recipients left, signer right");
    }

    [Fact]
    public void CongVan_HasTheSummaryUnderTheNumber_AndKinhGui_AndNoTypeName()
    {
        var input = Decision() with
        {
            Type = DocumentTypes.Find("CV")!, NumberLine = Notation.NumberLine(12, "UBND-VX"), Subject = "V/v triển khai chuyển đổi số năm 2026",
            Addressees = ["Các sở, ban, ngành thành phố", "Ủy ban nhân dân các xã, phường"], Urgency = null, Secrecy = "MẬT",
        };

        using var document = PdfDocument.Open(DocumentLayout.Render(input));
        var text = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));

        Assert.Contains("Số: 12/UBND-VX", text, StringComparison.Ordinal);
        Assert.Contains("V/v triển khai chuyển đổi số năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("Kính gửi: Các sở, ban, ngành thành phố", text, StringComparison.Ordinal);
        Assert.Contains("MẬT", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CÔNG VĂN", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LongContent_FlowsOntoNumberedPages_AndTheSignerStaysWhole()
    {
        using var document = PdfDocument.Open(DocumentLayout.Render(Decision(paragraphs: 30)));

        Assert.True(document.NumberOfPages >= 2);
        var last = string.Join(" ", document.GetPage(document.NumberOfPages).GetWords().Select(w => w.Text));
        Assert.Contains("KT. GIÁM ĐỐC", last, StringComparison.Ordinal);
        Assert.Contains("Phan Văn Tài", last, StringComparison.Ordinal);
        Assert.StartsWith("2", string.Join(" ", document.GetPage(2).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }
}
