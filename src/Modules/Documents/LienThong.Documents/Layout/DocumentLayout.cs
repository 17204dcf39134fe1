using LienThong.BuildingBlocks.Pdf;
using LienThong.Documents.Domain;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LienThong.Documents.Layout;

/// <summary>What goes on an administrative document's page (Decree 30/2020/NĐ-CP Appendix I).</summary>
/// <param name="ParentAgency">The managing body above the issuer (cơ quan chủ quản), if any.</param>
/// <param name="NumberLine"><c>Số: 05/QĐ-UBND</c>, or <c>Số:      /QĐ-UBND</c> before the number is given.</param>
/// <param name="Addressees">For a công văn: the "Kính gửi" list.</param>
/// <param name="Recipients">"Nơi nhận" lines (without the final archive line).</param>
/// <param name="Archive">The archive line's units after "Lưu: VT", e.g. <c>VX</c>.</param>
/// <param name="Competence">TM./KT./TL./TUQ./Q. with the head's title, e.g. <c>KT. CHỦ TỊCH</c>; null when the head signs.</param>
/// <param name="Urgency"><c>KHẨN</c>, <c>THƯỢNG KHẨN</c>, <c>HỎA TỐC</c>, or null.</param>
/// <param name="Secrecy"><c>MẬT</c>, <c>TỐI MẬT</c>, <c>TUYỆT MẬT</c>, or null.</param>
public sealed record LayoutInput(string? ParentAgency, string AgencyName, string NumberLine, string PlaceAndDate, DocumentType Type, string Subject,
    IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Addressees, IReadOnlyList<string> Recipients, string Archive, string? Competence,
    string SignerTitle, string SignerName, string? Urgency = null, string? Secrecy = null);

/// <summary>
/// Draws an administrative document as Decree 30/2020/NĐ-CP Appendix I lays it out, on A4 with the decree's margins (top and
/// bottom 20 mm, left 30 mm, right 15 mm) in Liberation Serif (metric-compatible with Times New Roman, Vietnamese glyphs):
/// the issuing agency (left) and the national title and motto (right); the number and notation, and for a công văn the
/// "V/v" summary, under the agency; the place and date line; the type name and subject (typed documents) or "Kính gửi"
/// (công văn); the content, wrapped and paginated; "Nơi nhận" ending "Lưu: VT, …" (left) and the signer's block with
/// competence, title and name (right), leaving room for the signature mark; urgency and secrecy marks under the number.
/// </summary>
public static class DocumentLayout
{
    private const double Mm = 72 / 25.4;
    private static readonly double Left = 30 * Mm;
    private static readonly double Right = 15 * Mm;
    private static readonly double Top = 20 * Mm;
    private static readonly double Bottom = 20 * Mm;

    public static byte[] Render(LayoutInput input)
    {
        PdfFonts.Register();
        using var document = new PdfDocument();
        document.Info.Title = input.Type.NoAbbreviation ? input.Subject : $"{input.Type.Name} {input.Subject}";
        document.Info.Author = input.AgencyName;
        var pen = New(document);
        var width = pen.Width;
        var half = Left + (width - Left - Right) * 0.42;

        // Header: issuing agency (left third), national title and motto (right).
        var upper = new XFont(PdfFonts.Serif, 12, XFontStyleEx.Regular);
        var bold12 = new XFont(PdfFonts.Serif, 12, XFontStyleEx.Bold);
        var bold13 = new XFont(PdfFonts.Serif, 13.5, XFontStyleEx.Bold);
        var y = Top;
        var leftY = y;
        if (input.ParentAgency is { Length: > 0 } parent)
        {
            foreach (var line in pen.Wrap(parent.ToUpperInvariant(), upper, half - Left))
            {
                leftY = pen.Centered(line, upper, Left - 10, half, leftY);
            }
        }
        foreach (var line in pen.Wrap(input.AgencyName.ToUpperInvariant(), bold12, half - Left))
        {
            leftY = pen.Centered(line, bold12, Left - 10, half, leftY);
        }
        pen.Rule((Left - 10 + half) / 2, leftY + 1, 40);
        var rightY = pen.Centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold12, half, width - Right, y);
        rightY = pen.Centered("Độc lập - Tự do - Hạnh phúc", bold13, half, width - Right, rightY);
        pen.Rule((half + width - Right) / 2, rightY + 1, 150);
        y = Math.Max(leftY, rightY) + 8;

        var regular = new XFont(PdfFonts.Serif, 13, XFontStyleEx.Regular);
        var italic = new XFont(PdfFonts.Serif, 13.5, XFontStyleEx.Italic);
        var numberY = pen.Centered(input.NumberLine, regular, Left - 10, half, y);
        if (input.Type.NoAbbreviation)
        {
            var summary = new XFont(PdfFonts.Serif, 12, XFontStyleEx.Regular);
            foreach (var line in pen.Wrap(input.Subject, summary, half - Left))
            {
                numberY = pen.Centered(line, summary, Left - 10, half, numberY);
            }
        }
        pen.Centered(input.PlaceAndDate, italic, half, width - Right, y);
        y = numberY + 4;
        var marks = new XFont(PdfFonts.Serif, 13, XFontStyleEx.Bold);
        foreach (var mark in new[] { input.Urgency, input.Secrecy }.Where(m => !string.IsNullOrWhiteSpace(m)))
        {
            pen.Boxed(mark!.ToUpperInvariant(), marks, Left, y);
            y += 20;
        }
        y += 10;

        var body = new XFont(PdfFonts.Serif, 14, XFontStyleEx.Regular);
        var bold14 = new XFont(PdfFonts.Serif, 14, XFontStyleEx.Bold);
        if (!input.Type.NoAbbreviation)
        {
            y = pen.Centered(input.Type.Name.Split(" (")[0].ToUpperInvariant(), bold14, Left, width - Right, y);
            foreach (var line in pen.Wrap(input.Subject, bold14, width - Left - Right - 60))
            {
                y = pen.Centered(line, bold14, Left, width - Right, y);
            }
            pen.Rule(width / 2 + (Left - Right) / 2, y + 1, 60);
            y += 14;
        }
        else if (input.Addressees.Count > 0)
        {
            y += 6;
            var first = true;
            foreach (var addressee in input.Addressees)
            {
                y = pen.Line((first ? "Kính gửi: " : "              ") + addressee, body, Left + 60, y);
                first = false;
            }
            y += 8;
        }
        pen.Y = y;
        foreach (var paragraph in input.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var lines = pen.Wrap(paragraph.Trim(), body, width - Left - Right - 36);
            for (var i = 0; i < lines.Count; i++)
            {
                pen.Flow(lines[i], body, i == 0 ? Left + 36 : Left);
            }
            pen.Y += 6;
        }

        // Closing: recipients (left) and the signer (right), kept together on one page.
        var small = new XFont(PdfFonts.Serif, 11, XFontStyleEx.Regular);
        var recipientsHeight = 16 + (input.Recipients.Count + 1) * 14;
        var signerHeight = 16 * 3 + 90;
        pen.Ensure(Math.Max(recipientsHeight, signerHeight) + 10);
        var closing = pen.Y + 10;
        var recipientY = pen.Line("Nơi nhận:", new XFont(PdfFonts.Serif, 12, XFontStyleEx.BoldItalic), Left, closing);
        foreach (var recipient in input.Recipients)
        {
            recipientY = pen.Line($"- {recipient};", small, Left, recipientY);
        }
        pen.Line($"- Lưu: VT{(string.IsNullOrWhiteSpace(input.Archive) ? "" : ", " + input.Archive)}.", small, Left, recipientY);
        var signerY = closing;
        if (input.Competence is { Length: > 0 } competence)
        {
            signerY = pen.Centered(competence.ToUpperInvariant(), bold14, half, width - Right, signerY);
        }
        signerY = pen.Centered(input.SignerTitle.ToUpperInvariant(), bold14, half, width - Right, signerY);
        pen.Centered(input.SignerName, bold14, half, width - Right, signerY + 90);
        return pen.Save();
    }

    /// <summary>A cursor over the pages: lines, centred lines, wrapping and page breaks.</summary>
    private sealed class Pen(PdfDocument document)
    {
        private XGraphics graphics = null!;
        private PdfPage page = null!;

        public double Width => page.Width.Point;

        public double Y { get; set; }

        private double Limit => page.Height.Point - Bottom;

        public Pen Start()
        {
            graphics?.Dispose();
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            graphics = XGraphics.FromPdfPage(page);
            Y = Top;
            return this;
        }

        public double Centered(string text, XFont font, double left, double right, double y)
        {
            graphics.DrawString(text, font, XBrushes.Black, new XRect(left, y, right - left, font.Height), XStringFormats.TopCenter);
            return y + font.Height + 1;
        }

        public double Line(string text, XFont font, double x, double y)
        {
            graphics.DrawString(text, font, XBrushes.Black, x, y + font.Height * 0.8);
            return y + font.Height + 1;
        }

        /// <summary>A content line at the cursor, on a new page when this one is full (page numbers from page 2, top centre).</summary>
        public void Flow(string text, XFont font, double x)
        {
            Ensure(font.Height + 2);
            Y = Line(text, font, x, Y) + 2;
        }

        public void Ensure(double height)
        {
            if (Y + height > Limit)
            {
                Start();
                var number = document.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Y = Centered(number, new XFont(PdfFonts.Serif, 13, XFontStyleEx.Regular), 0, Width, Top - 12) + 6;
            }
        }

        public void Rule(double centre, double y, double length) =>
            graphics.DrawLine(new XPen(XColors.Black, 0.6), centre - length / 2, y, centre + length / 2, y);

        public void Boxed(string text, XFont font, double x, double y)
        {
            var size = graphics.MeasureString(text, font);
            graphics.DrawRectangle(new XPen(XColors.Black, 0.8), x, y, size.Width + 8, font.Height + 4);
            graphics.DrawString(text, font, XBrushes.Black, x + 4, y + 2 + font.Height * 0.8);
        }

        public List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }
            if (current.Length > 0)
            {
                lines.Add(current);
            }
            return lines;
        }

        public byte[] Save()
        {
            graphics.Dispose();
            using var output = new MemoryStream();
            document.Save(output);
            return output.ToArray();
        }
    }

    private static Pen New(PdfDocument document) => new Pen(document).Start();
}
