using System.Text;

namespace LienThong.Trust.Pdf;

/// <summary>
/// An incremental update (ISO 32000-1 §7.5.6): new and changed objects appended after the original bytes with a
/// cross-reference section whose /Prev points at the previous one. The original bytes are never touched, so every
/// earlier signature keeps covering exactly what it signed.
/// </summary>
internal sealed class PdfIncrementalUpdate(PdfFile file)
{
    private readonly SortedDictionary<int, PdfObject> objects = [];
    private int size = file.Size;

    public PdfFile File { get; } = file;

    public PdfReference Add(PdfObject value)
    {
        var number = size++;
        objects[number] = value;
        return new PdfReference(number, 0);
    }

    /// <summary>A new revision of an existing object, under the same number.</summary>
    public void Replace(PdfReference reference, PdfObject value) => objects[reference.Number] = value;

    /// <summary>The original bytes followed by this update.</summary>
    public byte[] Write()
    {
        using var output = new MemoryStream(File.Bytes.Length + 4096 + objects.Values.Sum(o => o is PdfStream s ? s.Data.Length : 0));
        output.Write(File.Bytes.Span);
        var span = File.Bytes.Span;
        if (span[^1] is not (byte)'\n' and not (byte)'\r')
        {
            output.WriteByte((byte)'\n');
        }
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, value) in objects)
        {
            offsets[number] = output.Position;
            Ascii(output, $"{number} 0 obj\n");
            Serialize(output, value);
            Ascii(output, "\nendobj\n");
        }
        var xref = output.Position;
        Ascii(output, "xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            Ascii(output, $"{run.First} {run.Count}\n");
            for (var n = run.First; n < run.First + run.Count; n++)
            {
                Ascii(output, $"{offsets[n]:D10} 00000 n\r\n");
            }
        }
        var trailer = new PdfDictionary
        {
            ["Size"] = new PdfNumber(size),
            ["Root"] = File.Trailer["Root"],
            ["Info"] = File.Trailer["Info"],
            ["ID"] = File.Trailer["ID"],
            ["Prev"] = new PdfNumber(File.StartXref),
        };
        Ascii(output, "trailer\n");
        Serialize(output, trailer);
        Ascii(output, $"\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers)
    {
        int? first = null;
        var count = 0;
        foreach (var n in numbers)
        {
            if (first is { } f && f + count == n)
            {
                count++;
                continue;
            }
            if (first is { } done)
            {
                yield return (done, count);
            }
            (first, count) = (n, 1);
        }
        if (first is { } last)
        {
            yield return (last, count);
        }
    }

    private static void Ascii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));

    public static byte[] Serialize(PdfObject value)
    {
        using var output = new MemoryStream();
        Serialize(output, value);
        return output.ToArray();
    }

    private static void Serialize(Stream output, PdfObject value)
    {
        switch (value)
        {
            case PdfNull:
                Ascii(output, "null");
                break;
            case PdfBoolean b:
                Ascii(output, b.Value ? "true" : "false");
                break;
            case PdfNumber n:
                Ascii(output, n.Raw);
                break;
            case PdfName name:
                output.WriteByte((byte)'/');
                foreach (var c in Encoding.Latin1.GetBytes(name.Value))
                {
                    if (c is < 0x21 or > 0x7E or (byte)'#' || PdfParser.IsDelimiter(c))
                    {
                        Ascii(output, $"#{c:X2}");
                    }
                    else
                    {
                        output.WriteByte(c);
                    }
                }
                break;
            case PdfString s:
                Ascii(output, "<" + Convert.ToHexString(s.Bytes) + ">");
                break;
            case PdfReference r:
                Ascii(output, $"{r.Number} {r.Generation} R");
                break;
            case PdfArray a:
                output.WriteByte((byte)'[');
                for (var i = 0; i < a.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        output.WriteByte((byte)' ');
                    }
                    Serialize(output, a.Items[i]);
                }
                output.WriteByte((byte)']');
                break;
            case PdfDictionary d:
                Ascii(output, "<<");
                foreach (var (key, entry) in d.Entries)
                {
                    if (entry is PdfNull)
                    {
                        continue;
                    }
                    Serialize(output, new PdfName(key));
                    output.WriteByte((byte)' ');
                    Serialize(output, entry);
                }
                Ascii(output, ">>");
                break;
            case PdfStream stream:
                var dictionary = stream.Dictionary.Copy();
                dictionary["Length"] = new PdfNumber(stream.Data.Length);
                Serialize(output, dictionary);
                Ascii(output, "\nstream\n");
                output.Write(stream.Data.Span);
                Ascii(output, "\nendstream");
                break;
            case PdfRaw raw:
                output.Write(raw.Bytes);
                break;
        }
    }
}
