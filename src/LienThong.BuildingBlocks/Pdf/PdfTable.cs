using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LienThong.BuildingBlocks.Pdf;

/// <summary>
/// A table as a landscape A4 PDF (PDFsharp, Liberation Serif): a heading line and a centred title on the first page, the
/// column headers repeated on each page, cells wrapped to their column. Used for the document registers and the indicators.
/// </summary>
public static class PdfTable
{
    private const double Mm = 72 / 25.4;

    public static byte[] Render(string title, string heading, IReadOnlyList<string> headers, IReadOnlyList<double> widths,
        IReadOnlyList<IReadOnlyList<string>> rows)
    {
        PdfFonts.Register();
        using var document = new PdfDocument();
        document.Info.Title = title;
        var regular = new XFont(PdfFonts.Serif, 10, XFontStyleEx.Regular);
        var bold = new XFont(PdfFonts.Serif, 10, XFontStyleEx.Bold);
        var titleFont = new XFont(PdfFonts.Serif, 14, XFontStyleEx.Bold);
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
            var total = widths.Sum();
            columns = [.. widths.Select(w => w / total * width)];
            y = margin;
            if (document.PageCount == 1)
            {
                graphics.DrawString(heading, regular, XBrushes.Black, margin, y + regular.Height);
                y += regular.Height + 8;
                graphics.DrawString(title, titleFont, XBrushes.Black, new XRect(margin, y, width, titleFont.Height), XStringFormats.TopCenter);
                y += titleFont.Height + 10;
            }
            Row(headers, bold);
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
        foreach (var row in rows)
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
