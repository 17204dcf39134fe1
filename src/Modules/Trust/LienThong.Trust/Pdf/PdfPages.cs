namespace LienThong.Trust.Pdf;

/// <summary>Pages and signature fields of a <see cref="PdfFile"/>.</summary>
internal static class PdfPages
{
    /// <summary>The leaf pages in order, each with its reference (so that an update can replace it).</summary>
    public static IReadOnlyList<(PdfReference Reference, PdfDictionary Page)> All(PdfFile file)
    {
        var pages = new List<(PdfReference, PdfDictionary)>();
        var seen = new HashSet<int>();
        void Walk(PdfObject? node, int depth)
        {
            if (node is not PdfReference reference || depth > 32 || !seen.Add(reference.Number) || file.Dictionary(reference) is not { } dictionary)
            {
                throw new PdfFormatException("Tệp PDF hỏng: cây trang không hợp lệ.");
            }
            if (dictionary.NameOf("Type") == "Page" || dictionary["Kids"] is null)
            {
                pages.Add((reference, dictionary));
                return;
            }
            foreach (var kid in (file.Resolve(dictionary["Kids"]) as PdfArray)?.Items ?? [])
            {
                Walk(kid, depth + 1);
            }
        }
        Walk(file.Catalog["Pages"], 0);
        return pages.Count > 0 ? pages : throw new PdfFormatException("Tệp PDF không có trang nào.");
    }

    /// <summary>The page's MediaBox (inherited through /Parent when absent, §7.7.3.4).</summary>
    public static (double Left, double Bottom, double Width, double Height) Box(PdfFile file, PdfDictionary page)
    {
        for (var (node, depth) = (page, 0); node is not null && depth < 32; node = file.Dictionary(node["Parent"]), depth++)
        {
            if (file.Resolve(node["MediaBox"]) is PdfArray { Items.Count: 4 } box)
            {
                var v = box.Items.Select(i => file.Resolve(i) is PdfNumber n ? n.Value : 0).ToArray();
                return (Math.Min(v[0], v[2]), Math.Min(v[1], v[3]), Math.Abs(v[2] - v[0]), Math.Abs(v[3] - v[1]));
            }
        }
        return (0, 0, 595.28, 841.89);
    }

    /// <summary>Every signature field that has a value: the terminal fields of /AcroForm /Fields with /FT /Sig (§12.7.4.5).</summary>
    public static IReadOnlyList<SignatureField> SignatureFields(PdfFile file)
    {
        var fields = new List<SignatureField>();
        var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        void Walk(PdfObject? node, string? inheritedType, string prefix, int depth)
        {
            if (depth > 32 || file.Dictionary(node) is not { } field || !seen.Add(field))
            {
                return;
            }
            var type = field.NameOf("FT") ?? inheritedType;
            var name = (file.Resolve(field["T"]) as PdfString)?.AsText();
            var fullName = name is null ? prefix : prefix.Length == 0 ? name : prefix + "." + name;
            if (file.Resolve(field["Kids"]) is PdfArray kids && kids.Items.Any(k => file.Dictionary(k)?["T"] is not null))
            {
                foreach (var kid in kids.Items)
                {
                    Walk(kid, type, fullName, depth + 1);
                }
                return;
            }
            if (type == "Sig" && file.Dictionary(field["V"]) is { } value)
            {
                fields.Add(new SignatureField(fullName, field, value));
            }
        }
        if (file.Dictionary(file.Catalog["AcroForm"]) is { } form && file.Resolve(form["Fields"]) is PdfArray top)
        {
            foreach (var field in top.Items)
            {
                Walk(field, null, "", 0);
            }
        }
        return fields;
    }

    /// <summary>A rectangle [llx lly urx ury] of an annotation, or null.</summary>
    public static (double X, double Y, double Width, double Height)? Rect(PdfFile file, PdfDictionary annotation)
    {
        if (file.Resolve(annotation["Rect"]) is not PdfArray { Items.Count: 4 } rect)
        {
            return null;
        }
        var v = rect.Items.Select(i => file.Resolve(i) is PdfNumber n ? n.Value : 0).ToArray();
        var (width, height) = (Math.Abs(v[2] - v[0]), Math.Abs(v[3] - v[1]));
        return width <= 0 || height <= 0 ? null : (Math.Min(v[0], v[2]), Math.Min(v[1], v[3]), width, height);
    }
}

/// <summary>A signed signature field: its full name, the field (merged with its widget when so written), the signature dictionary.</summary>
internal sealed record SignatureField(string Name, PdfDictionary Field, PdfDictionary Signature);
