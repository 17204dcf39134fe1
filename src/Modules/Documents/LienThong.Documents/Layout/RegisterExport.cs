using ClosedXML.Excel;
using LienThong.BuildingBlocks.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LienThong.Documents.Layout;

/// <summary>
/// A register as a table (the columns of Decree 30/2020/NĐ-CP Appendix IV's outgoing and incoming registers), exported to
/// Excel (ClosedXML) or to a landscape A4 PDF (PDFsharp, Liberation Serif) with the header repeated on each page.
/// </summary>
/// <param name="Widths">Relative column widths.</param>
internal sealed record RegisterTable(string Title, string Agency, IReadOnlyList<string> Headers, IReadOnlyList<double> Widths,
    IReadOnlyList<IReadOnlyList<string>> Rows)
{
    private const double Mm = 72 / 25.4;

    public byte[] ToExcel()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("So dang ky");
        sheet.Cell(1, 1).Value = Agency;
        sheet.Cell(2, 1).Value = Title;
        sheet.Cell(2, 1).Style.Font.Bold = true;
        for (var c = 0; c < Headers.Count; c++)
        {
            var cell = sheet.Cell(4, c + 1);
            cell.Value = Headers[c];
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            sheet.Column(c + 1).Width = Math.Max(8, Widths[c] * 6);
        }
        for (var r = 0; r < Rows.Count; r++)
        {
            for (var c = 0; c < Headers.Count; c++)
            {
                var cell = sheet.Cell(5 + r, c + 1);
                // Text as text: a number-and-notation such as 05/UBND-VX or a date must not become a formula or a number.
                cell.SetValue(Rows[r][c]);
                cell.Style.Alignment.WrapText = true;
                cell.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            }
        }
        sheet.SheetView.FreezeRows(4);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    public byte[] ToPdf()
    {
        PdfFonts.Register();
        using var document = new PdfDocument();
        document.Info.Title = Title;
        var regular = new XFont(PdfFonts.Serif, 10, XFontStyleEx.Regular);
        var bold = new XFont(PdfFonts.Serif, 10, XFontStyleEx.Bold);
        var heading = new XFont(PdfFonts.Serif, 14, XFontStyleEx.Bold);
        var margin = 15 * Mm;
        PdfPage page = null!;
        XGraphics graphics = null!;
        double y = 0, width = 0;
        double[] columns = [];

        void NewPage()
        {
            graphics?.Dispose();
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            page.Orientation = PdfSharp.PageOrientation.Landscape;
            graphics = XGraphics.FromPdfPage(page);
            width = page.Width.Point - 2 * margin;
            var total = Widths.Sum();
            columns = [.. Widths.Select(w => w / total * width)];
            y = margin;
            if (document.PageCount == 1)
            {
                graphics.DrawString(Agency, regular, XBrushes.Black, margin, y + regular.Height);
                y += regular.Height + 8;
                graphics.DrawString(Title, heading, XBrushes.Black, new XRect(margin, y, width, heading.Height), XStringFormats.TopCenter);
                y += heading.Height + 10;
            }
            Row(Headers, bold);
        }

        void Row(IReadOnlyList<string> cells, XFont font)
        {
            var wrapped = cells.Select((text, c) => Wrap(graphics, text, font, columns[c] - 6)).ToList();
            var height = wrapped.Max(lines => lines.Count) * (font.Height + 1) + 6;
            if (y + height > page.Height.Point - margin && font == regular)
            {
                NewPage();
            }
            var x = margin;
            for (var c = 0; c < cells.Count; c++)
            {
                graphics.DrawRectangle(new XPen(XColors.Black, 0.5), x, y, columns[c], height);
                var lineY = y + 3;
                foreach (var line in wrapped[c])
                {
                    graphics.DrawString(line, font, XBrushes.Black, x + 3, lineY + font.Height * 0.8);
                    lineY += font.Height + 1;
                }
                x += columns[c];
            }
            y += height;
        }

        NewPage();
        foreach (var row in Rows)
        {
            Row(row, regular);
        }
        graphics.Dispose();
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>Words on lines no wider than <paramref name="width"/>; a word wider than the column is cut.</summary>
    private static List<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var piece = word;
                while (graphics.MeasureString(piece, font).Width > width && piece.Length > 1)
                {
                    var fit = piece.Length - 1;
                    while (fit > 1 && graphics.MeasureString(piece[..fit], font).Width > width)
                    {
                        fit--;
                    }
                    if (current.Length > 0)
                    {
                        lines.Add(current);
                        current = "";
                    }
                    lines.Add(piece[..fit]);
                    piece = piece[fit..];
                }
                var candidate = current.Length == 0 ? piece : current + " " + piece;
                if (current.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current);
                    current = piece;
                }
                else
                {
                    current = candidate;
                }
            }
            lines.Add(current);
        }
        return lines;
    }
}
