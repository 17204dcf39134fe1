using System.Globalization;
using System.Text;

namespace LienThong.Trust.Pdf;

/// <summary>The PDF object model (ISO 32000-1 §7.3), just what the signer and validator need to read and append.</summary>
internal abstract class PdfObject;

internal sealed class PdfNull : PdfObject
{
    public static readonly PdfNull Instance = new();
}

internal sealed class PdfBoolean(bool value) : PdfObject
{
    public bool Value { get; } = value;
}

/// <summary>A number kept as written, so that copying an object changes none of its digits.</summary>
internal sealed class PdfNumber(string raw) : PdfObject
{
    public string Raw { get; } = raw;

    public PdfNumber(long value) : this(value.ToString(CultureInfo.InvariantCulture))
    {
    }

    public PdfNumber(double value) : this(Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture))
    {
    }

    public double Value => double.Parse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture);

    public long Long => (long)Value;
}

/// <summary>A name without its slash, #xx escapes decoded (bytes as Latin-1 characters).</summary>
internal sealed class PdfName(string value) : PdfObject
{
    public string Value { get; } = value;

    public override bool Equals(object? obj) => obj is PdfName other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);
}

internal sealed class PdfString(byte[] bytes) : PdfObject
{
    public byte[] Bytes { get; } = bytes;

    /// <summary>A text string (§7.9.2.2): UTF-16BE with a byte-order mark, so Vietnamese survives.</summary>
    public static PdfString Text(string text) =>
        new([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text.Normalize(NormalizationForm.FormC))]);

    public string AsText() => Bytes is [0xFE, 0xFF, ..]
        ? Encoding.BigEndianUnicode.GetString(Bytes, 2, Bytes.Length - 2)
        : Encoding.Latin1.GetString(Bytes);
}

internal sealed class PdfArray(List<PdfObject> items) : PdfObject
{
    public List<PdfObject> Items { get; } = items;

    public static PdfArray Of(params PdfObject[] items) => new([.. items]);
}

internal sealed class PdfDictionary(Dictionary<string, PdfObject> entries) : PdfObject
{
    public Dictionary<string, PdfObject> Entries { get; } = entries;

    public PdfDictionary() : this(new Dictionary<string, PdfObject>(StringComparer.Ordinal))
    {
    }

    public PdfObject? this[string key]
    {
        get => Entries.GetValueOrDefault(key);
        set
        {
            if (value is null)
            {
                Entries.Remove(key);
            }
            else
            {
                Entries[key] = value;
            }
        }
    }

    public string? NameOf(string key) => (this[key] as PdfName)?.Value;

    /// <summary>A shallow copy to change before writing it as a new revision of the object.</summary>
    public PdfDictionary Copy() => new(new Dictionary<string, PdfObject>(Entries, StringComparer.Ordinal));
}

internal sealed class PdfReference(int number, int generation) : PdfObject
{
    public int Number { get; } = number;

    public int Generation { get; } = generation;
}

/// <summary>A stream: its dictionary and its bytes as stored (still encoded by its /Filter).</summary>
internal sealed class PdfStream(PdfDictionary dictionary, ReadOnlyMemory<byte> data) : PdfObject
{
    public PdfDictionary Dictionary { get; } = dictionary;

    public ReadOnlyMemory<byte> Data { get; } = data;
}

/// <summary>Bytes already serialised (the signature dictionary with its placeholders).</summary>
internal sealed class PdfRaw(byte[] bytes) : PdfObject
{
    public byte[] Bytes { get; } = bytes;
}
