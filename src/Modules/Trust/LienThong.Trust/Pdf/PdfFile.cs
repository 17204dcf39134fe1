using System.IO.Compression;
using System.Text;

namespace LienThong.Trust.Pdf;

/// <summary>
/// A PDF opened for reading: its cross-reference sections (tables and streams, followed through /Prev), the
/// newest trailer, and objects on demand, including those inside object streams (ISO 32000-1 §7.5).
/// Encrypted files and broken cross-references are refused with a message for people.
/// </summary>
internal sealed class PdfFile
{
    private readonly Dictionary<int, XrefEntry> entries = [];
    private readonly Dictionary<int, PdfObject> cache = [];

    private PdfFile(ReadOnlyMemory<byte> bytes) => Bytes = bytes;

    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The newest trailer (or cross-reference stream dictionary).</summary>
    public PdfDictionary Trailer { get; private set; } = new();

    /// <summary>Offset of the newest cross-reference section: the /Prev of the next incremental update.</summary>
    public long StartXref { get; private set; }

    /// <summary>One more than the highest object number in use.</summary>
    public int Size { get; private set; }

    public PdfDictionary Catalog => Dictionary(Trailer["Root"]) ?? throw new PdfFormatException("Tệp PDF hỏng: không có danh mục gốc (/Root).");

    public static PdfFile Open(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.Length < 16 || span[..Math.Min(1024, span.Length)].IndexOf("%PDF-"u8) < 0)
        {
            throw new PdfFormatException("Tệp không phải PDF (thiếu phần đầu %PDF-).");
        }
        var file = new PdfFile(bytes);
        var tail = span[Math.Max(0, span.Length - 2048)..];
        var at = tail.LastIndexOf("startxref"u8);
        if (at < 0)
        {
            throw new PdfFormatException("Tệp PDF hỏng: không tìm thấy startxref.");
        }
        var parser = new PdfParser(bytes, span.Length - tail.Length + at + "startxref".Length);
        if (!long.TryParse(parser.ReadWord(), out var start) || start <= 0 || start >= span.Length)
        {
            throw new PdfFormatException("Tệp PDF hỏng: vị trí bảng tham chiếu chéo (startxref) không hợp lệ.");
        }
        file.StartXref = start;
        file.ReadSections(start);
        if (file.Trailer["Encrypt"] is not null)
        {
            throw new PdfFormatException("Tệp PDF được mã hoá; hãy gỡ mật khẩu trước khi ký hoặc kiểm tra.");
        }
        _ = file.Catalog;
        return file;
    }

    private void ReadSections(long start)
    {
        var seen = new HashSet<long>();
        long? next = start;
        var newest = true;
        while (next is { } offset)
        {
            if (!seen.Add(offset) || offset <= 0 || offset >= Bytes.Length)
            {
                throw new PdfFormatException("Tệp PDF hỏng: chuỗi bảng tham chiếu chéo (/Prev) không hợp lệ.");
            }
            var parser = new PdfParser(Bytes, (int)offset);
            var trailer = parser.AtKeyword("xref") ? ReadTable(parser) : ReadStreamSection(parser);
            if (trailer["XRefStm"] is PdfNumber hybrid)
            {
                ReadStreamSection(new PdfParser(Bytes, (int)hybrid.Long));
            }
            if (newest)
            {
                Trailer = trailer;
                Size = (int)((trailer["Size"] as PdfNumber)?.Long ?? throw new PdfFormatException("Tệp PDF hỏng: trailer thiếu /Size."));
                newest = false;
            }
            next = (trailer["Prev"] as PdfNumber)?.Long;
        }
    }

    private PdfDictionary ReadTable(PdfParser parser)
    {
        parser.Expect("xref");
        while (!parser.AtKeyword("trailer"))
        {
            if (!int.TryParse(parser.ReadWord(), out var first) || !int.TryParse(parser.ReadWord(), out var count) || first < 0 || count < 0)
            {
                throw new PdfFormatException("Tệp PDF hỏng: bảng tham chiếu chéo không hợp lệ.");
            }
            for (var i = 0; i < count; i++)
            {
                var offset = parser.ReadWord();
                var generation = parser.ReadWord();
                var kind = parser.ReadWord();
                if (!long.TryParse(offset, out var at) || !int.TryParse(generation, out var gen) || kind is not ("n" or "f"))
                {
                    throw new PdfFormatException("Tệp PDF hỏng: dòng của bảng tham chiếu chéo không hợp lệ.");
                }
                if (kind == "n")
                {
                    entries.TryAdd(first + i, new XrefEntry(1, at, gen));
                }
                else
                {
                    entries.TryAdd(first + i, new XrefEntry(0, 0, gen));
                }
            }
        }
        parser.Expect("trailer");
        return parser.ReadObject() as PdfDictionary ?? throw new PdfFormatException("Tệp PDF hỏng: trailer không phải từ điển.");
    }

    private PdfDictionary ReadStreamSection(PdfParser parser)
    {
        var stream = ReadIndirect(parser, null) as PdfStream;
        if (stream is null || stream.Dictionary.NameOf("Type") != "XRef")
        {
            throw new PdfFormatException("Tệp PDF hỏng: startxref không trỏ tới bảng tham chiếu chéo.");
        }
        var data = Decode(stream);
        var widths = (stream.Dictionary["W"] as PdfArray)?.Items.Select(w => (int)((PdfNumber)w).Long).ToArray();
        if (widths is not { Length: 3 } || widths.Any(w => w is < 0 or > 8))
        {
            throw new PdfFormatException("Tệp PDF hỏng: luồng tham chiếu chéo thiếu /W.");
        }
        var size = (int)((PdfNumber)stream.Dictionary["Size"]!).Long;
        var index = (stream.Dictionary["Index"] as PdfArray)?.Items.Select(i => (int)((PdfNumber)i).Long).ToArray() ?? [0, size];
        var row = widths.Sum();
        var position = 0;
        for (var s = 0; s + 1 < index.Length; s += 2)
        {
            for (var i = 0; i < index[s + 1]; i++, position += row)
            {
                if (position + row > data.Length)
                {
                    throw new PdfFormatException("Tệp PDF hỏng: luồng tham chiếu chéo bị cắt.");
                }
                var type = widths[0] == 0 ? 1 : Field(data, position, widths[0]);
                var second = Field(data, position + widths[0], widths[1]);
                var third = Field(data, position + widths[0] + widths[1], widths[2]);
                entries.TryAdd(index[s] + i, type switch
                {
                    1 => new XrefEntry(1, second, (int)third),
                    2 => new XrefEntry(2, second, (int)third),
                    _ => new XrefEntry(0, 0, 0),
                });
            }
        }
        return stream.Dictionary;
    }

    private static long Field(byte[] data, int at, int width)
    {
        long value = 0;
        for (var i = 0; i < width; i++)
        {
            value = value << 8 | data[at + i];
        }
        return value;
    }

    /// <summary>The object a reference points to (the object itself otherwise); unknown or free objects are null (§7.3.10).</summary>
    public PdfObject Resolve(PdfObject? value)
    {
        for (var hops = 0; value is PdfReference reference; hops++)
        {
            if (hops > 32)
            {
                throw new PdfFormatException("Tệp PDF hỏng: tham chiếu vòng.");
            }
            value = Get(reference.Number);
        }
        return value ?? PdfNull.Instance;
    }

    public PdfDictionary? Dictionary(PdfObject? value) => Resolve(value) switch
    {
        PdfDictionary d => d,
        PdfStream s => s.Dictionary,
        _ => null,
    };

    public PdfObject Get(int number)
    {
        if (cache.TryGetValue(number, out var cached))
        {
            return cached;
        }
        if (!entries.TryGetValue(number, out var entry) || entry.Type == 0)
        {
            return PdfNull.Instance;
        }
        PdfObject value;
        if (entry.Type == 1)
        {
            if (entry.Offset <= 0 || entry.Offset >= Bytes.Length)
            {
                throw new PdfFormatException($"Tệp PDF hỏng: bảng tham chiếu chéo trỏ ra ngoài tệp (đối tượng {number}).");
            }
            value = ReadIndirect(new PdfParser(Bytes, (int)entry.Offset), number);
        }
        else
        {
            value = ReadFromObjectStream((int)entry.Offset, entry.Generation, number);
        }
        cache[number] = value;
        return value;
    }

    /// <summary>"n g obj … endobj" at the parser's position; checks that it is the object the cross-reference promised.</summary>
    private PdfObject ReadIndirect(PdfParser parser, int? expected)
    {
        var number = parser.ReadWord();
        var generation = parser.ReadWord();
        if (!int.TryParse(number, out var n) || !int.TryParse(generation, out _) || parser.ReadWord() != "obj" || (expected is { } e && n != e))
        {
            throw new PdfFormatException(expected is null
                ? "Tệp PDF hỏng: bảng tham chiếu chéo không trỏ tới một đối tượng."
                : $"Tệp PDF hỏng: bảng tham chiếu chéo trỏ sai vị trí của đối tượng {expected}.");
        }
        var value = parser.ReadObject();
        if (value is PdfDictionary dictionary && parser.AtKeyword("stream"))
        {
            parser.Expect("stream");
            var span = Bytes.Span;
            var start = parser.Position;
            if (start < span.Length && span[start] == '\r')
            {
                start++;
            }
            if (start < span.Length && span[start] == '\n')
            {
                start++;
            }
            var length = Resolve(dictionary["Length"]) is PdfNumber l ? (int)l.Long : -1;
            if (length < 0 || start + length > span.Length || !new PdfParser(Bytes, start + length).AtKeyword("endstream"))
            {
                // A wrong /Length is common; the stream then ends at the next "endstream".
                var end = span[start..].IndexOf("endstream"u8);
                if (end < 0)
                {
                    throw new PdfFormatException("Tệp PDF hỏng: luồng không có endstream.");
                }
                length = end;
                while (length > 0 && span[start + length - 1] is (byte)'\n' or (byte)'\r')
                {
                    length--;
                }
            }
            return new PdfStream(dictionary, Bytes.Slice(start, length));
        }
        return value;
    }

    private PdfObject ReadFromObjectStream(int streamNumber, int index, int number)
    {
        if (Get(streamNumber) is not PdfStream stream || stream.Dictionary.NameOf("Type") != "ObjStm")
        {
            throw new PdfFormatException($"Tệp PDF hỏng: luồng đối tượng {streamNumber} không tồn tại.");
        }
        var data = Decode(stream);
        var count = (int)((PdfNumber)stream.Dictionary["N"]!).Long;
        var first = (int)((PdfNumber)stream.Dictionary["First"]!).Long;
        var header = new PdfParser(data);
        for (var i = 0; i < count; i++)
        {
            var n = header.ReadWord();
            var offset = header.ReadWord();
            if (i == index || int.Parse(n!) == number)
            {
                return new PdfParser(data, first + int.Parse(offset!)).ReadObject();
            }
        }
        throw new PdfFormatException($"Tệp PDF hỏng: đối tượng {number} không có trong luồng {streamNumber}.");
    }

    /// <summary>The decoded bytes of a stream: FlateDecode with PNG predictors, or none (all the structure streams need).</summary>
    public byte[] Decode(PdfStream stream)
    {
        var filters = Resolve(stream.Dictionary["Filter"]) switch
        {
            PdfName name => [name.Value],
            PdfArray array => array.Items.Select(i => ((PdfName)Resolve(i)).Value).ToArray(),
            _ => Array.Empty<string>(),
        };
        var data = stream.Data.ToArray();
        foreach (var filter in filters)
        {
            if (filter != "FlateDecode")
            {
                throw new PdfFormatException($"Bộ lọc luồng /{filter} chưa được hỗ trợ.");
            }
            try
            {
                using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
                using var output = new MemoryStream();
                input.CopyTo(output);
                data = output.ToArray();
            }
            catch (InvalidDataException)
            {
                throw new PdfFormatException("Tệp PDF hỏng: luồng nén không giải nén được.");
            }
        }
        return Dictionary(stream.Dictionary["DecodeParms"]) is { } parameters && Resolve(parameters["Predictor"]) is PdfNumber { Long: >= 10 }
            ? Unpredict(data, (int)((Resolve(parameters["Columns"]) as PdfNumber)?.Long ?? 1))
            : data;
    }

    /// <summary>PNG predictors (RFC 2083 §6), one filter byte per row, one byte per sample as cross-reference streams use them.</summary>
    private static byte[] Unpredict(byte[] data, int columns)
    {
        var rows = data.Length / (columns + 1);
        var output = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            var filter = data[r * (columns + 1)];
            for (var c = 0; c < columns; c++)
            {
                var raw = data[r * (columns + 1) + 1 + c];
                var left = c > 0 ? output[r * columns + c - 1] : 0;
                var up = r > 0 ? output[(r - 1) * columns + c] : 0;
                var upLeft = r > 0 && c > 0 ? output[(r - 1) * columns + c - 1] : 0;
                output[r * columns + c] = (byte)(raw + filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                });
            }
        }
        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>Offsets just past each "%%EOF": where each revision ends (§7.5.6).</summary>
    public IReadOnlyList<int> RevisionEnds()
    {
        var ends = new List<int>();
        var span = Bytes.Span;
        for (var at = span.IndexOf("%%EOF"u8); at >= 0;)
        {
            var end = at + 5;
            while (end < span.Length && span[end] is (byte)'\r' or (byte)'\n')
            {
                end++;
            }
            ends.Add(end);
            var next = span[(at + 5)..].IndexOf("%%EOF"u8);
            at = next < 0 ? -1 : at + 5 + next;
        }
        return ends;
    }

    public static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    private readonly record struct XrefEntry(int Type, long Offset, int Generation);
}
