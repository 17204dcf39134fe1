using LienThong.BuildingBlocks.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LienThong.Testing;

/// <summary>Small PDFs for signing tests, drawn with PDFsharp as the platform's documents are.</summary>
public static class SamplePdf
{
    public static byte[] Create(int pages = 1, string title = "QUYẾT ĐỊNH về việc công bố thủ tục hành chính")
    {
        PdfFonts.Register();
        using var document = new PdfDocument();
        var font = new XFont(PdfFonts.Serif, 13, XFontStyleEx.Regular);
        for (var i = 1; i <= pages; i++)
        {
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font, XBrushes.Black, new XPoint(230, 85));
            graphics.DrawString(title, font, XBrushes.Black, new XPoint(85, 160));
            graphics.DrawString($"Trang {i}/{pages}", font, XBrushes.Black, new XPoint(280, 800));
        }
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}
