namespace LienThong.Trust.Pdf;

/// <summary>Turns the single page of a small PDF (an appearance drawn by PDFsharp) into a Form XObject of another PDF's update (§8.10).</summary>
internal static class FormXObject
{
    public static PdfReference Import(PdfIncrementalUpdate update, byte[] appearancePdf)
    {
        var source = PdfFile.Open(appearancePdf);
        var (_, page) = PdfPages.All(source)[0];
        var box = PdfPages.Box(source, page);
        var copies = new Dictionary<int, PdfReference>();
        var contents = source.Resolve(page["Contents"]) switch
        {
            PdfStream single => single,
            PdfArray parts => new PdfStream(new PdfDictionary(),
                parts.Items.SelectMany(p => source.Decode((PdfStream)source.Resolve(p)).Append((byte)'\n')).ToArray()),
            _ => new PdfStream(new PdfDictionary(), Array.Empty<byte>()),
        };
        var form = new PdfDictionary
        {
            ["Type"] = new PdfName("XObject"),
            ["Subtype"] = new PdfName("Form"),
            ["BBox"] = PdfArray.Of(new PdfNumber(0), new PdfNumber(0), new PdfNumber(box.Width), new PdfNumber(box.Height)),
            ["Resources"] = Copy(source, update, page["Resources"] ?? new PdfDictionary(), copies),
        };
        if (contents.Dictionary["Filter"] is { } filter)
        {
            form["Filter"] = Copy(source, update, filter, copies);
        }
        if (contents.Dictionary["DecodeParms"] is { } parameters)
        {
            form["DecodeParms"] = Copy(source, update, parameters, copies);
        }
        return update.Add(new PdfStream(form, contents.Data));
    }

    /// <summary>A deep copy into the update; every indirect object reached gets a new number, once.</summary>
    private static PdfObject Copy(PdfFile source, PdfIncrementalUpdate update, PdfObject value, Dictionary<int, PdfReference> copies)
    {
        switch (value)
        {
            case PdfReference reference:
                if (copies.TryGetValue(reference.Number, out var done))
                {
                    return done;
                }
                var placeholder = update.Add(PdfNull.Instance);
                copies[reference.Number] = placeholder;
                update.Replace(placeholder, Copy(source, update, source.Get(reference.Number), copies));
                return placeholder;
            case PdfArray array:
                return new PdfArray([.. array.Items.Select(i => Copy(source, update, i, copies))]);
            case PdfDictionary dictionary:
                return new PdfDictionary(dictionary.Entries
                    .Where(e => e.Key != "Parent")
                    .ToDictionary(e => e.Key, e => Copy(source, update, e.Value, copies), StringComparer.Ordinal));
            case PdfStream stream:
                return new PdfStream((PdfDictionary)Copy(source, update, stream.Dictionary, copies), stream.Data);
            default:
                return value;
        }
    }
}
