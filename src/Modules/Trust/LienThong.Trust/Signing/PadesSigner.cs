using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using LienThong.BuildingBlocks.Time;
using LienThong.Trust.Contracts;
using LienThong.Trust.Keys;
using LienThong.Trust.Pdf;
using LienThong.Trust.Persistence;
using LienThong.Trust.TimeStamping;

namespace LienThong.Trust.Signing;

/// <summary>
/// PAdES baseline signatures (ETSI EN 319 142-1) written as incremental updates: a signature field and widget, the
/// signature dictionary (SubFilter ETSI.CAdES.detached, /M the claimed time, no signing-time attribute), the CMS
/// with signing-certificate-v2 and a signature time-stamp (B-T), then for B-LT a second update with the DSS.
/// </summary>
internal sealed class PadesSigner(TrustDbContext db, IKeyStore keys, TimeStampAuthority tsa, TimeProvider time, LongTermValidationData ltv,
    Microsoft.Extensions.Options.IOptions<TrustOptions> options)
{
    /// <summary>Room for the CMS (two certificates, the signature, the time-stamp token with the TSA's certificate).</summary>
    private const int ReservedSignatureBytes = 16 * 1024;

    private const string ByteRangePlaceholder = "[0 9999999990 9999999991 9999999992]";

    public async Task<SigningResult> SignAsync(byte[] pdf, PdfSigningRequest request, CancellationToken cancellationToken)
    {
        if (options.Value.TooLarge(pdf.Length) is { } tooLarge)
        {
            return new SigningResult(null, tooLarge);
        }
        PdfFile file;
        try
        {
            file = PdfFile.Open(pdf);
            _ = PdfPages.All(file);
        }
        catch (PdfFormatException e)
        {
            return new SigningResult(null, e.Message);
        }
        var now = time.GetUtcNow();
        var (credentials, error) = request switch
        {
            { OfficialUserName: { Length: > 0 } user, SealElectronicId: null } when request.Mark != PdfSignatureMark.Attachment =>
                await SigningCredentials.OpenOfficialAsync(db, keys, now.UtcDateTime, user, cancellationToken),
            { SealElectronicId: { Length: > 0 } agency, OfficialUserName: null } =>
                await SigningCredentials.OpenSealAsync(db, keys, now.UtcDateTime, agency, cancellationToken),
            { Mark: PdfSignatureMark.Attachment, OfficialUserName: not null } => (null, "Tệp đính kèm được ký bằng con dấu của cơ quan (Nghị định 30/2020/NĐ-CP)."),
            _ => (null, "Cần đúng một người ký: cán bộ (tên đăng nhập) hoặc con dấu của cơ quan (mã định danh)."),
        };
        if (credentials is null)
        {
            return new SigningResult(null, error);
        }
        if (request.Mark == PdfSignatureMark.Attachment && string.IsNullOrWhiteSpace(request.Notation))
        {
            return new SigningResult(null, "Ký tệp đính kèm cần số, ký hiệu văn bản (ví dụ 05/QĐ-UBND).");
        }
        using (credentials)
        {
            try
            {
                var signed = await SignAsync(file, credentials, request, now, cancellationToken);
                return new SigningResult(request.LongTerm ? await ltv.AddAsync(signed, credentials, cancellationToken) : signed, null);
            }
            catch (PdfFormatException e)
            {
                return new SigningResult(null, e.Message);
            }
        }
    }

    private async Task<byte[]> SignAsync(PdfFile file, SigningCredentials credentials, PdfSigningRequest request, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var update = new PdfIncrementalUpdate(file);
        var pages = PdfPages.All(file);
        var (pageReference, page) = request.Mark == PdfSignatureMark.Attachment ? pages[0] : pages[^1];
        var holder = credentials.Certificate.GetNameInfo(X509NameType.SimpleName, false);
        var vietnamTime = VietnamTime.ToVietnam(now);

        var signature = update.Add(new PdfRaw(SignatureDictionary(holder, vietnamTime, request)));
        var widget = new PdfDictionary
        {
            ["Type"] = new PdfName("Annot"),
            ["Subtype"] = new PdfName("Widget"),
            ["FT"] = new PdfName("Sig"),
            ["T"] = PdfString.Text(FieldName(file)),
            ["V"] = signature,
            ["F"] = new PdfNumber(132),
            ["P"] = pageReference,
            ["Rect"] = PdfArray.Of(new PdfNumber(0), new PdfNumber(0), new PdfNumber(0), new PdfNumber(0)),
        };
        if (Appearance(file, page, credentials, request, holder, vietnamTime) is { } mark)
        {
            widget["Rect"] = PdfArray.Of(new PdfNumber(mark.X), new PdfNumber(mark.Y), new PdfNumber(mark.X + mark.Width), new PdfNumber(mark.Y + mark.Height));
            widget["AP"] = new PdfDictionary { ["N"] = FormXObject.Import(update, mark.Pdf) };
        }
        var field = update.Add(widget);
        AddToPage(update, pageReference, page, field);
        AddToForm(update, field);

        var bytes = update.Write();
        var (contentsStart, contentsEnd) = PatchByteRange(bytes, file.Bytes.Length);
        var content = new byte[contentsStart + bytes.Length - contentsEnd];
        bytes.AsSpan(0, contentsStart).CopyTo(content);
        bytes.AsSpan(contentsEnd).CopyTo(content.AsSpan(contentsStart));
        var cms = await CadesSignature.CreateAsync(content, credentials, signingTime: null, tsa, cancellationToken);
        if (cms.Length > ReservedSignatureBytes)
        {
            throw new InvalidOperationException($"The CMS ({cms.Length} bytes) exceeds the reserved {ReservedSignatureBytes}.");
        }
        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(bytes, contentsStart + 1);
        return bytes;
    }

    private static byte[] SignatureDictionary(string holder, DateTimeOffset vietnamTime, PdfSigningRequest request)
    {
        var dictionary = new PdfDictionary
        {
            ["Type"] = new PdfName("Sig"),
            ["Filter"] = new PdfName("Adobe.PPKLite"),
            ["SubFilter"] = new PdfName("ETSI.CAdES.detached"),
            ["M"] = new PdfString(Encoding.ASCII.GetBytes(PdfDate(vietnamTime))),
            ["Name"] = PdfString.Text(holder),
        };
        if (request.Reason is { Length: > 0 } reason)
        {
            dictionary["Reason"] = PdfString.Text(reason);
        }
        if (request.Location is { Length: > 0 } location)
        {
            dictionary["Location"] = PdfString.Text(location);
        }
        var head = PdfIncrementalUpdate.Serialize(dictionary);
        var tail = $"/ByteRange {ByteRangePlaceholder}/Contents <{new string('0', 2 * ReservedSignatureBytes)}>>>";
        return [.. head.AsSpan(0, head.Length - 2), .. Encoding.ASCII.GetBytes(tail)];
    }

    /// <summary>§7.9.4: D:YYYYMMDDHHmmSS+07'00'.</summary>
    private static string PdfDate(DateTimeOffset at) =>
        "D:" + at.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + (at.Offset < TimeSpan.Zero ? "-" : "+")
        + at.Offset.ToString("hh", CultureInfo.InvariantCulture) + "'" + at.Offset.ToString("mm", CultureInfo.InvariantCulture) + "'";

    private static string FieldName(PdfFile file)
    {
        var taken = PdfPages.SignatureFields(file).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(1, taken.Count + 1).Select(i => $"ChuKy{i}").First(n => !taken.Contains(n));
    }

    private sealed record Mark(double X, double Y, double Width, double Height, byte[] Pdf);

    /// <summary>Where the mark goes: the signer's at the bottom right; the seal over the left third of the last signer's; attachments top right.</summary>
    private static Mark? Appearance(PdfFile file, PdfDictionary page, SigningCredentials credentials, PdfSigningRequest request, string holder,
        DateTimeOffset vietnamTime)
    {
        var box = PdfPages.Box(file, page);
        const double margin = 57; // 2 cm, the right margin of Decree 30 layouts
        var signerX = box.Left + box.Width - margin - SignatureAppearance.SignerWidth - 20;
        var signerY = box.Bottom + 110;
        switch (request.Mark)
        {
            case PdfSignatureMark.Invisible:
                return null;
            case PdfSignatureMark.Attachment:
                var agency = credentials.Certificate.GetNameInfo(X509NameType.SimpleName, false);
                // In the top margin (20–25 mm in Decree 30 layouts), above the text.
                return new Mark(box.Left + box.Width - margin - SignatureAppearance.AttachmentWidth, box.Bottom + box.Height - 10 - SignatureAppearance.AttachmentHeight,
                    SignatureAppearance.AttachmentWidth, SignatureAppearance.AttachmentHeight,
                    SignatureAppearance.Attachment(agency, request.Notation!.Trim(), vietnamTime));
            case PdfSignatureMark.Visible when credentials.Profile == Pki.CertificateProfiles.Official:
                return new Mark(signerX, signerY, SignatureAppearance.SignerWidth, SignatureAppearance.SignerHeight, SignatureAppearance.Signer(holder));
            default:
                var signer = LastVisibleSignature(file, page) ?? (signerX, signerY, SignatureAppearance.SignerWidth, SignatureAppearance.SignerHeight);
                var d = SignatureAppearance.SealDiameter;
                return new Mark(signer.X + signer.Width / 3 - d, signer.Y + signer.Height / 2 - d / 2, d, d, SignatureAppearance.Seal(holder));
        }
    }

    private static (double X, double Y, double Width, double Height)? LastVisibleSignature(PdfFile file, PdfDictionary page) =>
        ((file.Resolve(page["Annots"]) as PdfArray)?.Items ?? [])
            .Select(file.Dictionary)
            .Where(a => a is not null && a.NameOf("Subtype") == "Widget" && a.NameOf("FT") == "Sig")
            .Select(a => PdfPages.Rect(file, a!))
            .LastOrDefault(r => r is not null);

    private static void AddToPage(PdfIncrementalUpdate update, PdfReference pageReference, PdfDictionary page, PdfReference field)
    {
        var file = update.File;
        if (page["Annots"] is PdfReference annotsReference && file.Resolve(annotsReference) is PdfArray shared)
        {
            update.Replace(annotsReference, new PdfArray([.. shared.Items, field]));
            return;
        }
        var copy = page.Copy();
        copy["Annots"] = new PdfArray([.. (file.Resolve(page["Annots"]) as PdfArray)?.Items ?? [], field]);
        update.Replace(pageReference, copy);
    }

    private static void AddToForm(PdfIncrementalUpdate update, PdfReference field)
    {
        var file = update.File;
        var catalog = file.Catalog;
        var form = file.Dictionary(catalog["AcroForm"])?.Copy() ?? new PdfDictionary();
        form["Fields"] = new PdfArray([.. (file.Resolve(form["Fields"]) as PdfArray)?.Items ?? [], field]);
        form["SigFlags"] = new PdfNumber(3); // SignaturesExist | AppendOnly
        if (catalog["AcroForm"] is PdfReference formReference)
        {
            update.Replace(formReference, form);
            return;
        }
        var newCatalog = catalog.Copy();
        newCatalog["AcroForm"] = form;
        update.Replace(CatalogReference(file), newCatalog);
    }

    public static PdfReference CatalogReference(PdfFile file) =>
        file.Trailer["Root"] as PdfReference ?? throw new PdfFormatException("Tệp PDF hỏng: /Root không phải tham chiếu.");

    /// <summary>Writes the real /ByteRange over its placeholder; returns where the /Contents hex string starts and ends.</summary>
    private static (int Start, int End) PatchByteRange(byte[] bytes, int searchFrom)
    {
        var span = bytes.AsSpan(searchFrom);
        var placeholder = Encoding.ASCII.GetBytes(ByteRangePlaceholder);
        var at = span.IndexOf(placeholder);
        var contents = span[at..].IndexOf("/Contents <"u8);
        var start = searchFrom + at + contents + "/Contents ".Length;
        var end = start + 2 * ReservedSignatureBytes + 2;
        var range = $"[0 {start} {end} {bytes.Length - end}]".PadRight(placeholder.Length);
        Encoding.ASCII.GetBytes(range).CopyTo(bytes, searchFrom + at);
        return (start, end);
    }
}
