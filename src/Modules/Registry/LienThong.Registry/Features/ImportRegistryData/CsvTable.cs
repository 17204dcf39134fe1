using Microsoft.VisualBasic.FileIO;

namespace LienThong.Registry.Features.ImportRegistryData;

/// <summary>An RFC 4180 CSV file read whole: its header and rows, each row with its line number.</summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows)
{
    public static CsvTable Read(TextReader reader)
    {
        using var parser = new TextFieldParser(reader) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = (parser.ReadFields() ?? []).Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var rows = new List<CsvRow>();
        while (!parser.EndOfData)
        {
            var line = checked((int)parser.LineNumber);
            string[]? fields;
            try
            {
                fields = parser.ReadFields();
            }
            catch (MalformedLineException e)
            {
                rows.Add(new CsvRow(line, header, [], $"dòng CSV sai định dạng: {e.Message}"));
                continue;
            }
            if (fields is null || fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            rows.Add(new CsvRow(line, header, fields, fields.Length == header.Count ? null
                : $"có {fields.Length} cột, tiêu đề có {header.Count} cột"));
        }
        return new CsvTable(header, rows);
    }
}
