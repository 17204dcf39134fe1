using System.Formats.Asn1;
using System.Globalization;
using System.Text;
using LienThong.Trust.Pdf;

namespace LienThong.Trust.Validation;

/// <summary>
/// Validates every signature of a PDF (ETSI EN 319 102-1 over PAdES, ETSI EN 319 142-1): the byte ranges must cover
/// the file but the signature's own /Contents (up to the end of the file, or of the revision the signature closed),
/// then the CMS is validated like a detached CAdES signature over those bytes (<see cref="CmsValidator"/>).
/// </summary>
internal sealed class PdfSignatureValidator(CmsValidator cms, Microsoft.Extensions.Options.IOptions<TrustOptions> options)
{
    public async Task<(IReadOnlyList<SignatureReport>? Reports, string? Error)> ValidateAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        if (options.Value.TooLarge(pdf.Length) is { } tooLarge)
        {
            return (null, tooLarge);
        }
        PdfFile file;
        IReadOnlyList<SignatureField> fields;
        try
        {
            file = PdfFile.Open(pdf);
            fields = PdfPages.SignatureFields(file);
        }
        catch (PdfFormatException e)
        {
            return (null, e.Message);
        }
        if (fields.Count == 0)
        {
            return (null, "Tệp PDF không có chữ ký số nào.");
        }
        var longTerm = HasValidationData(file);
        var reports = new List<SignatureReport>();
        foreach (var field in fields)
        {
            reports.Add(await ValidateAsync(file, pdf, field, longTerm, cancellationToken));
        }
        return (reports, null);
    }

    private async Task<SignatureReport> ValidateAsync(PdfFile file, byte[] pdf, SignatureField field, bool longTerm, CancellationToken ct)
    {
        var signature = field.Signature;
        var claimed = (file.Resolve(signature["M"]) as PdfString) is { } m ? ParseDate(Encoding.Latin1.GetString(m.Bytes)) : null;
        SignatureReport Failed(string vi, string en) =>
            new(null, null, claimed, null, Indications.TotalFailed, Indications.FormatFailure, vi, en, field.Name);

        var subFilter = file.Dictionary(signature)?.NameOf("SubFilter");
        if (subFilter is not ("ETSI.CAdES.detached" or "adbe.pkcs7.detached"))
        {
            return Failed($"Kiểu chữ ký /{subFilter} không được hỗ trợ (cần ETSI.CAdES.detached).",
                $"Signature type /{subFilter} is not supported (ETSI.CAdES.detached expected).");
        }
        var range = (file.Resolve(signature["ByteRange"]) as PdfArray)?.Items.Select(i => file.Resolve(i) is PdfNumber n ? n.Long : -1).ToArray();
        if (range is not [0, > 0 and var gapStart, var gapEnd, >= 0 and var tail] || gapEnd <= gapStart || gapEnd + tail > pdf.Length
            || pdf[gapStart] != '<' || pdf[gapEnd - 1] != '>' || !IsHex(pdf.AsSpan((int)gapStart + 1, (int)(gapEnd - gapStart - 2))))
        {
            return Failed("Phạm vi ký (/ByteRange) không bao đúng tệp trừ giá trị chữ ký.",
                "The byte ranges do not cover the file except the signature value.");
        }
        var end = gapEnd + tail;
        var coversWhole = end == pdf.Length;
        if (!coversWhole && !file.RevisionEnds().Contains((int)end))
        {
            return Failed("Phạm vi ký kết thúc giữa một phiên bản của tệp.", "The signed bytes end inside a revision of the file.");
        }
        var content = new byte[gapStart + tail];
        pdf.AsSpan(0, (int)gapStart).CopyTo(content);
        pdf.AsSpan((int)gapEnd, (int)tail).CopyTo(content.AsSpan((int)gapStart));
        var value = Convert.FromHexString(Encoding.ASCII.GetString(pdf, (int)gapStart + 1, (int)(gapEnd - gapStart - 2)));
        try
        {
            AsnDecoder.ReadEncodedValue(value, AsnEncodingRules.BER, out _, out _, out var length);
            value = value[..length];
        }
        catch (AsnContentException)
        {
            return Failed("Giá trị chữ ký không phải CMS hợp lệ.", "The signature value is not valid CMS.");
        }
        var report = (await cms.ValidateDetachedAsync(content, value, ct))[0];
        var level = report.TimeStampedSigningTime is null ? "PAdES-BASELINE-B" : longTerm ? "PAdES-BASELINE-LT" : "PAdES-BASELINE-T";
        return report with
        {
            ClaimedSigningTime = report.ClaimedSigningTime ?? claimed,
            Field = field.Name,
            Level = subFilter == "ETSI.CAdES.detached" ? level : "PKCS7",
            CoversWholeDocument = coversWhole,
        };
    }

    private static bool IsHex(ReadOnlySpan<byte> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit((char)c))
            {
                return false;
            }
        }
        return text.Length % 2 == 0;
    }

    /// <summary>A Document Security Store with certificates and revocation data (B-LT, ETSI EN 319 142-1 §5.4).</summary>
    private static bool HasValidationData(PdfFile file) =>
        file.Dictionary(file.Catalog["DSS"]) is { } dss && file.Resolve(dss["Certs"]) is PdfArray { Items.Count: > 0 }
        && (file.Resolve(dss["CRLs"]) is PdfArray { Items.Count: > 0 } || file.Resolve(dss["OCSPs"]) is PdfArray { Items.Count: > 0 });

    /// <summary>§7.9.4 dates: D:YYYYMMDDHHmmSS+HH'mm'.</summary>
    private static DateTimeOffset? ParseDate(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^D:(\d{14})(?:(Z)|([+-])(\d{2})'?(\d{2})'?)?");
        if (!match.Success || !DateTime.TryParseExact(match.Groups[1].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }
        var offset = match.Groups[3].Success
            ? new TimeSpan(int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[5].Value, CultureInfo.InvariantCulture), 0)
                * (match.Groups[3].Value == "-" ? -1 : 1)
            : TimeSpan.Zero;
        return new DateTimeOffset(local, offset);
    }
}
