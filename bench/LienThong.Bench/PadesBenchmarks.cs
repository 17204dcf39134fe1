using BenchmarkDotNet.Attributes;
using LienThong.BuildingBlocks.Pdf;
using LienThong.Trust;
using LienThong.Trust.Contracts;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LienThong.Bench;

/// <summary>
/// PAdES on the real host (SQLite, encrypted software keys, the platform's TSA in process) over a one-page A4 PDF drawn
/// with PDFsharp: an official's visible signature at B-T (incremental update + CMS + RFC 3161 time-stamp), the same at
/// B-LT (plus the DSS update with certificates, CRLs and an OCSP response), and validating a B-T signature.
/// </summary>
[MemoryDiagnoser]
public class PadesBenchmarks
{
    private const string Official = "lanhdao.ubndtinh";
    private BenchHost? host;
    private IDocumentSigner signer = null!;
    private ITrustAdministration trust = null!;
    private byte[] onePage = [];
    private byte[] signed = [];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        host = await BenchHost.StartAsync();
        trust = host.Services.GetRequiredService<ITrustAdministration>();
        signer = host.Services.GetRequiredService<IDocumentSigner>();
        await trust.IssueAsync("official", Official);
        onePage = OnePage();
        signed = (await signer.SignPdfAsync(onePage, PdfSigningRequest.Official(Official) with { LongTerm = false })).Signed!;
    }

    [Benchmark]
    public async Task<byte[]?> PadesBtSign() => (await signer.SignPdfAsync(onePage, PdfSigningRequest.Official(Official) with { LongTerm = false })).Signed;

    [Benchmark]
    public async Task<byte[]?> PadesBltSign() => (await signer.SignPdfAsync(onePage, PdfSigningRequest.Official(Official))).Signed;

    [Benchmark]
    public async Task<string?> PadesBtValidate() => (await trust.ValidatePdfAsync(signed)).Reports?[0].Indication;

    private static byte[] OnePage()
    {
        PdfFonts.Register();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var font = new XFont(PdfFonts.Serif, 13, XFontStyleEx.Regular);
            graphics.DrawString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font, XBrushes.Black, new XPoint(230, 85));
            graphics.DrawString("QUYẾT ĐỊNH về việc công bố thủ tục hành chính", font, XBrushes.Black, new XPoint(85, 160));
        }
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    [GlobalCleanup]
    public async Task CleanUpAsync() => await host!.DisposeAsync();
}
