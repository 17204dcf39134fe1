using System.Collections.Concurrent;
using LienThong.BuildingBlocks.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LienThong.Trust.Pdf;

/// <summary>
/// The visible marks of signatures per Decree 30/2020/NĐ-CP Appendix I: the signer's handwritten-style signature in
/// blue; the agency seal in red at true size; on separate attachments, no image but the number and notation and the
/// signing time (ISO 8601, Vietnam time) in Times New Roman 10 pt, black. Drawn with PDFsharp as a one-page PDF
/// whose page becomes the widget's appearance stream (<see cref="FormXObject"/>).
/// </summary>
internal static class SignatureAppearance
{
    /// <summary>Seals of people's committees are round, 35–42 mm (Decree 99/2016/NĐ-CP practice); 36 mm here.</summary>
    public const double SealDiameter = 36 / 25.4 * 72;

    public const double SignerWidth = 150;
    public const double SignerHeight = 60;

    public const double AttachmentWidth = 230;
    public const double AttachmentHeight = 42;

    private static readonly XColor Blue = XColor.FromArgb(0x1F, 0x3F, 0xBF);
    private static readonly XColor Red = XColor.FromArgb(0xD4, 0x1E, 0x1E);
    private static readonly ConcurrentDictionary<string, byte[]> Rendered = new(StringComparer.Ordinal);

    /// <summary>A signature drawn from the signer's given name: cursive-slanted name and a flourish, blue.</summary>
    public static byte[] Signer(string fullName) => Rendered.GetOrAdd("signer:" + fullName, _ => Draw(SignerWidth, SignerHeight, g =>
    {
        var given = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? fullName;
        var pen = new XPen(Blue, 1.4) { LineCap = XLineCap.Round };
        var font = new XFont(PdfFonts.Serif, 26, XFontStyleEx.Italic);
        g.DrawString(given, font, new XSolidBrush(Blue), new XRect(10, 4, SignerWidth - 20, 40), XStringFormats.Center);
        // The flourish under the name, shaped by the name so that each official's mark differs.
        var seed = fullName.Aggregate(17, (h, c) => h * 31 + c);
        var rise = 6 + Math.Abs(seed % 9);
        g.DrawBezier(pen, new XPoint(14, 46), new XPoint(50, 46 + rise), new XPoint(95, 40 - rise), new XPoint(SignerWidth - 12, 44));
    }));

    /// <summary>A round seal: two red rings, the agency name around, a star in the middle.</summary>
    public static byte[] Seal(string agencyName) => Rendered.GetOrAdd("seal:" + agencyName, _ => Draw(SealDiameter, SealDiameter, g =>
    {
        var r = SealDiameter / 2;
        var centre = new XPoint(r, r);
        var brush = new XSolidBrush(Red);
        g.DrawEllipse(new XPen(Red, 2.2), 1.5, 1.5, SealDiameter - 3, SealDiameter - 3);
        g.DrawEllipse(new XPen(Red, 0.8), r * 0.42, r * 0.42, r * 1.16, r * 1.16);
        var star = Enumerable.Range(0, 10).Select(i =>
        {
            var angle = -Math.PI / 2 + i * Math.PI / 5;
            var radius = i % 2 == 0 ? r * 0.36 : r * 0.15;
            return new XPoint(r + radius * Math.Cos(angle), r + radius * Math.Sin(angle));
        }).ToArray();
        g.DrawPolygon(brush, star, XFillMode.Winding);
        var text = agencyName.ToUpperInvariant();
        var font = new XFont(PdfFonts.Serif, text.Length > 40 ? 5.5 : 7, XFontStyleEx.Bold);
        var sweep = 300.0;
        var step = sweep / Math.Max(1, text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var angle = -90 - sweep / 2 + (i + 0.5) * step;
            var state = g.Save();
            g.RotateAtTransform(angle + 90, centre);
            g.DrawString(text[i].ToString(), font, brush, new XPoint(r, 12.5), XStringFormats.BaseLineCenter);
            g.Restore(state);
        }
    }));

    /// <summary>The text of an attachment's seal: agency, number and notation, signing time; black, Times 10 pt.</summary>
    public static byte[] Attachment(string agencyName, string notation, DateTimeOffset signingTime) =>
        Draw(AttachmentWidth, AttachmentHeight, g =>
        {
            var font = new XFont(PdfFonts.Serif, 10, XFontStyleEx.Regular);
            g.DrawString(agencyName, font, XBrushes.Black, new XPoint(2, 11));
            g.DrawString("Số: " + notation, font, XBrushes.Black, new XPoint(2, 24));
            g.DrawString("Thời gian ký: " + signingTime.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
                font, XBrushes.Black, new XPoint(2, 37));
        });

    private static byte[] Draw(double width, double height, Action<XGraphics> draw)
    {
        PdfFonts.Register();
        using var document = new PdfDocument();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(width);
        page.Height = XUnit.FromPoint(height);
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            draw(graphics);
        }
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}
