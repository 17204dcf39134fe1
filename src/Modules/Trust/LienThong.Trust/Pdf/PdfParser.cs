using System.Text;

namespace LienThong.Trust.Pdf;

/// <summary>Thrown for a file that is not a PDF this platform can read; the message is for people (Vietnamese).</summary>
internal sealed class PdfFormatException(string message) : Exception(message);

/// <summary>Reads PDF objects from bytes (ISO 32000-1 §7.2–7.3). Strict: anything malformed is a <see cref="PdfFormatException"/>.</summary>
internal sealed class PdfParser(ReadOnlyMemory<byte> data, int position = 0)
{
    private readonly ReadOnlyMemory<byte> data = data;

    public int Position { get; set; } = position;

    private ReadOnlySpan<byte> Span => data.Span;

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipWhite()
    {
        var span = Span;
        while (Position < span.Length)
        {
            if (IsWhite(span[Position]))
            {
                Position++;
            }
            else if (span[Position] == '%')
            {
                while (Position < span.Length && span[Position] is not (byte)'\n' and not (byte)'\r')
                {
                    Position++;
                }
            }
            else
            {
                break;
            }
        }
    }

    /// <summary>A keyword or number as text (letters, digits, sign, point), or null at a delimiter.</summary>
    public string? ReadWord()
    {
        SkipWhite();
        var span = Span;
        var start = Position;
        while (Position < span.Length && !IsWhite(span[Position]) && !IsDelimiter(span[Position]))
        {
            Position++;
        }
        return Position == start ? null : Encoding.Latin1.GetString(span[start..Position]);
    }

    public void Expect(string keyword)
    {
        if (ReadWord() != keyword)
        {
            throw new PdfFormatException($"Tệp PDF hỏng: thiếu '{keyword}' ở vị trí {Position}.");
        }
    }

    public bool AtKeyword(string keyword)
    {
        var saved = Position;
        var word = ReadWord();
        Position = saved;
        return word == keyword;
    }

    /// <summary>One object; integers followed by "gen R" become references. Streams are handled by <see cref="PdfFile"/>.</summary>
    public PdfObject ReadObject(int depth = 0)
    {
        if (depth > 64)
        {
            throw new PdfFormatException("Tệp PDF hỏng: đối tượng lồng nhau quá sâu.");
        }
        SkipWhite();
        var span = Span;
        if (Position >= span.Length)
        {
            throw new PdfFormatException("Tệp PDF hỏng: kết thúc giữa chừng.");
        }
        switch (span[Position])
        {
            case (byte)'/':
                return ReadName();
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'<' when Position + 1 < span.Length && span[Position + 1] == '<':
                return ReadDictionary(depth);
            case (byte)'<':
                return ReadHexString();
            case (byte)'[':
                Position++;
                var items = new List<PdfObject>();
                while (true)
                {
                    SkipWhite();
                    if (Position >= Span.Length)
                    {
                        throw new PdfFormatException("Tệp PDF hỏng: mảng không đóng.");
                    }
                    if (Span[Position] == ']')
                    {
                        Position++;
                        return new PdfArray(items);
                    }
                    items.Add(ReadObject(depth + 1));
                }
        }
        var word = ReadWord() ?? throw new PdfFormatException($"Tệp PDF hỏng: ký tự không hợp lệ ở vị trí {Position}.");
        switch (word)
        {
            case "true":
                return new PdfBoolean(true);
            case "false":
                return new PdfBoolean(false);
            case "null":
                return PdfNull.Instance;
        }
        if (!IsNumber(word))
        {
            throw new PdfFormatException($"Tệp PDF hỏng: '{word}' ở vị trí {Position} không phải một đối tượng.");
        }
        if (int.TryParse(word, out var number) && number >= 0)
        {
            var saved = Position;
            if (ReadWord() is { } second && int.TryParse(second, out var generation) && generation >= 0 && ReadWord() == "R")
            {
                return new PdfReference(number, generation);
            }
            Position = saved;
        }
        return new PdfNumber(word);
    }

    private static bool IsNumber(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or '.') && word.Any(char.IsAsciiDigit);

    private PdfDictionary ReadDictionary(int depth)
    {
        Position += 2;
        var dictionary = new PdfDictionary();
        while (true)
        {
            SkipWhite();
            var span = Span;
            if (Position + 1 < span.Length && span[Position] == '>' && span[Position + 1] == '>')
            {
                Position += 2;
                return dictionary;
            }
            if (Position >= span.Length || span[Position] != '/')
            {
                throw new PdfFormatException($"Tệp PDF hỏng: từ điển không hợp lệ ở vị trí {Position}.");
            }
            var key = ReadName().Value;
            dictionary[key] = ReadObject(depth + 1);
        }
    }

    private PdfName ReadName()
    {
        var span = Span;
        Position++;
        var bytes = new List<byte>();
        while (Position < span.Length && !IsWhite(span[Position]) && !IsDelimiter(span[Position]))
        {
            if (span[Position] == '#' && Position + 2 < span.Length
                && byte.TryParse(Encoding.Latin1.GetString(span.Slice(Position + 1, 2)), System.Globalization.NumberStyles.HexNumber, null, out var b))
            {
                bytes.Add(b);
                Position += 3;
            }
            else
            {
                bytes.Add(span[Position++]);
            }
        }
        return new PdfName(Encoding.Latin1.GetString([.. bytes]));
    }

    private PdfString ReadHexString()
    {
        var span = Span;
        Position++;
        var digits = new List<byte>();
        while (Position < span.Length && span[Position] != '>')
        {
            var c = span[Position++];
            if (IsWhite(c))
            {
                continue;
            }
            digits.Add(c switch
            {
                >= (byte)'0' and <= (byte)'9' => (byte)(c - '0'),
                >= (byte)'a' and <= (byte)'f' => (byte)(c - 'a' + 10),
                >= (byte)'A' and <= (byte)'F' => (byte)(c - 'A' + 10),
                _ => throw new PdfFormatException($"Tệp PDF hỏng: chuỗi hex không hợp lệ ở vị trí {Position}."),
            });
        }
        if (Position >= span.Length)
        {
            throw new PdfFormatException("Tệp PDF hỏng: chuỗi hex không đóng.");
        }
        Position++;
        if (digits.Count % 2 == 1)
        {
            digits.Add(0);
        }
        var bytes = new byte[digits.Count / 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(digits[2 * i] << 4 | digits[2 * i + 1]);
        }
        return new PdfString(bytes);
    }

    private PdfString ReadLiteralString()
    {
        var span = Span;
        Position++;
        var bytes = new List<byte>();
        var depth = 1;
        while (Position < span.Length)
        {
            var c = span[Position++];
            switch (c)
            {
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')' when --depth == 0:
                    return new PdfString([.. bytes]);
                case (byte)'\\' when Position < span.Length:
                    c = span[Position++];
                    switch (c)
                    {
                        case (byte)'n': bytes.Add(10); continue;
                        case (byte)'r': bytes.Add(13); continue;
                        case (byte)'t': bytes.Add(9); continue;
                        case (byte)'b': bytes.Add(8); continue;
                        case (byte)'f': bytes.Add(12); continue;
                        case (byte)'\r':
                            if (Position < span.Length && span[Position] == '\n')
                            {
                                Position++;
                            }
                            continue;
                        case (byte)'\n': continue;
                        case >= (byte)'0' and <= (byte)'7':
                            var value = c - '0';
                            for (var i = 0; i < 2 && Position < span.Length && span[Position] is >= (byte)'0' and <= (byte)'7'; i++)
                            {
                                value = value * 8 + (span[Position++] - '0');
                            }
                            bytes.Add((byte)value);
                            continue;
                        default: bytes.Add(c); continue;
                    }
            }
            bytes.Add(c);
        }
        throw new PdfFormatException("Tệp PDF hỏng: chuỗi không đóng.");
    }
}
