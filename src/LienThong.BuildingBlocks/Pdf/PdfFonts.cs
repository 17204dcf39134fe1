using PdfSharp.Fonts;

namespace LienThong.BuildingBlocks.Pdf;

/// <summary>
/// The fonts PDFs are drawn with: Liberation Serif 2.1 (metric-compatible with Times New Roman, which Decree
/// 30/2020/NĐ-CP asks for; full Vietnamese coverage; SIL OFL 1.1, see Fonts/LICENSE-Liberation-OFL.txt), shipped
/// inside the assembly so that no machine font is needed. PDFsharp's resolver is process-wide: call <see cref="Register"/>.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    /// <summary>The family name to ask PDFsharp for; "Times New Roman" resolves to it too.</summary>
    public const string Serif = "Liberation Serif";

    private static readonly Lock Gate = new();
    private static bool registered;

    private PdfFonts()
    {
    }

    public static void Register()
    {
        lock (Gate)
        {
            if (!registered)
            {
                GlobalFontSettings.FontResolver = new PdfFonts();
                registered = true;
            }
        }
    }

    /// <summary>Regular and bold are shipped; italic is slanted by PDFsharp.</summary>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName is Serif or "Times New Roman"
            ? new FontResolverInfo(bold ? "LiberationSerif-Bold" : "LiberationSerif-Regular", mustSimulateBold: false, mustSimulateItalic: italic)
            : null;

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"LienThong.BuildingBlocks.Pdf.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
