using LienThong.BuildingBlocks.Pdf;
using LienThong.PublicServices.Domain;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace LienThong.PublicServices.Dossiers;

/// <summary>
/// The electronic result of a dossier as a PDF (A4, Liberation Serif with Vietnamese glyphs): national title and motto,
/// the agency, the result's title, the dossier code, the applicant and the declared facts, the place and date line; the
/// official's signature and the agency's seal are added by Trust (PAdES).
/// </summary>
internal static class ResultDocument
{
    public static byte[] Render(Procedure procedure, ProcedureDefinition definition, Dossier dossier, string agencyName, string place, DateOnly issuedOn,
        IReadOnlyList<(string Label, string Value)> facts)
    {
        PdfFonts.Register();
        using var document = new PdfDocument();
        document.Info.Title = definition.ResultType;
        document.Info.Subject = $"Kết quả hồ sơ {dossier.Code}";
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using var graphics = XGraphics.FromPdfPage(page);
        var regular = new XFont(PdfFonts.Serif, 13, XFontStyleEx.Regular);
        var bold = new XFont(PdfFonts.Serif, 13, XFontStyleEx.Bold);
        var title = new XFont(PdfFonts.Serif, 15, XFontStyleEx.Bold);
        var italic = new XFont(PdfFonts.Serif, 13, XFontStyleEx.Italic);
        var width = page.Width.Point;
        void Centered(string text, XFont font, double y, double left, double right) =>
            graphics.DrawString(text, font, XBrushes.Black, new XRect(left, y, right - left, 18), XStringFormats.TopCenter);

        Centered(agencyName.ToUpperInvariant(), bold, 56, 40, 250);
        Centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 56, 250, width - 30);
        Centered("Độc lập - Tự do - Hạnh phúc", bold, 74, 250, width - 30);
        graphics.DrawLine(XPens.Black, 345, 94, width - 125, 94);
        Centered($"Số hồ sơ: {dossier.Code}", regular, 80, 40, 250);
        Centered($"{place}, ngày {issuedOn.Day:00} tháng {issuedOn.Month:00} năm {issuedOn.Year}", italic, 104, 250, width - 30);
        var formatter = new XTextFormatter(graphics) { Alignment = XParagraphAlignment.Center };
        formatter.DrawString(definition.ResultType.ToUpperInvariant(), title, XBrushes.Black, new XRect(60, 150, width - 120, 60));
        Centered($"(Thủ tục {procedure.Code} — {procedure.Name})".Length > 95 ? $"(Thủ tục {procedure.Code})" : $"(Thủ tục {procedure.Code} — {procedure.Name})",
            italic, 212, 40, width - 40);
        var y = 250.0;
        var left = new XTextFormatter(graphics);
        foreach (var (label, value) in facts)
        {
            var text = $"{label}: {value}";
            var lines = Math.Max(1, (int)Math.Ceiling(graphics.MeasureString(text, regular).Width / (width - 150)));
            left.DrawString(text, regular, XBrushes.Black, new XRect(75, y, width - 150, lines * 17));
            y += lines * 17 + 5;
        }
        graphics.DrawString("Văn bản điện tử có chữ ký số của người có thẩm quyền và con dấu của cơ quan;", italic, XBrushes.Black, new XPoint(75, y + 20));
        graphics.DrawString("kiểm tra chữ ký bằng công cụ xác thực chữ ký số.", italic, XBrushes.Black, new XPoint(75, y + 37));
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}
