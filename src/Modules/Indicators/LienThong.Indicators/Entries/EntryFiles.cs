using System.Globalization;
using ClosedXML.Excel;
using LienThong.BuildingBlocks.Problems;
using Sylvan.Data.Csv;

namespace LienThong.Indicators.Entries;

/// <summary>
/// Reads indicator values from a CSV (comma or semicolon, UTF-8) or Excel (.xlsx, first sheet) file with a header row. The
/// columns are found by name, Vietnamese or English: <c>bo_chi_so|framework</c>, <c>ma_chi_so|indicator</c>,
/// <c>ma_don_vi|unit</c>, <c>ky|period</c>, <c>gia_tri|value</c>, <c>minh_chung|evidence</c>. Line numbers are the file's.
/// </summary>
public static class EntryFiles
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public const string CsvType = "text/csv";

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly ProblemType UnsupportedType = new("indicators/unsupported-file", 415, "Kiểu tệp không được hỗ trợ",
        "Send the file as text/csv or as an Excel workbook (.xlsx).");

    private static readonly (string Key, string[] Names)[] Columns =
    [
        ("framework", ["bo_chi_so", "framework"]), ("indicator", ["ma_chi_so", "indicator"]), ("unit", ["ma_don_vi", "unit"]),
        ("period", ["ky", "period"]), ("value", ["gia_tri", "value"]), ("evidence", ["minh_chung", "evidence"]),
    ];

    public static async Task<IReadOnlyList<EntryRow>> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw Bad("file", $"Tệp lớn hơn {MaxBytes / 1024 / 1024} MB.");
            }
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        var isZip = buffer.Length > 4 && buffer.GetBuffer()[0] == 'P' && buffer.GetBuffer()[1] == 'K';
        var table = isZip ? ReadExcel(buffer) : ReadCsv(buffer);
        if (table.Count > EnteredValues.MaxRows + 1)
        {
            throw Bad("file", $"Tệp có quá {EnteredValues.MaxRows} dòng số liệu.");
        }
        if (table.Count == 0)
        {
            throw Bad("file", "Tệp không có dòng tiêu đề.");
        }
        var header = table[0].Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var (key, names) in Columns)
        {
            var at = header.FindIndex(h => names.Contains(h));
            if (at < 0)
            {
                missing.Add(names[0]);
            }
            index[key] = at;
        }
        if (missing.Count > 0)
        {
            throw Bad("header", $"Dòng tiêu đề thiếu cột: {string.Join(", ", missing)} ({fileName}).");
        }
        string? Cell((int Line, List<string> Cells) row, string key) => index[key] < row.Cells.Count ? row.Cells[index[key]] : null;
        return [.. table.Skip(1).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))
            .Select(r => new EntryRow(r.Line, Cell(r, "framework"), Cell(r, "indicator"), Cell(r, "unit"), Cell(r, "period"), Cell(r, "value"), Cell(r, "evidence")))];
    }

    private static List<(int Line, List<string> Cells)> ReadCsv(Stream stream)
    {
        using var text = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var reader = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = false });
        var rows = new List<(int, List<string>)>();
        var line = 0;
        while (reader.Read())
        {
            line++;
            var cells = new List<string>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                cells.Add(reader.GetString(i));
            }
            rows.Add((line, cells));
        }
        return rows;
    }

    /// <summary>An .xlsx is a zip: its parts together may not unpack to more than this (a "zip bomb" is refused unread).</summary>
    private const long MaxUnpackedBytes = 50 * 1024 * 1024;

    private static List<(int Line, List<string> Cells)> ReadExcel(MemoryStream stream)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                throw Bad("file", "Bảng tính giải nén lớn hơn 50 MB.");
            }
        }
        catch (InvalidDataException)
        {
            throw Bad("file", "Tệp không phải là bảng tính Excel (.xlsx) đọc được.");
        }
        stream.Position = 0;
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Bad("file", "Tệp không phải là bảng tính Excel (.xlsx) đọc được.");
        }
        using (workbook)
        {
            var sheet = workbook.Worksheets.First();
            var used = sheet.RangeUsed();
            if (used is null)
            {
                return [];
            }
            // Checked before any cell is read: a sheet with a value in a far corner would otherwise make every cell between.
            if (used.RowCount() > EnteredValues.MaxRows + 1 || used.LastColumn().ColumnNumber() > 30)
            {
                throw Bad("file", $"Bảng tính có quá nhiều dòng hoặc cột (tối đa {EnteredValues.MaxRows} dòng số liệu, 30 cột).");
            }
            var last = used.LastColumn().ColumnNumber();
            return [.. used.Rows().Select(r => (r.RowNumber(), Enumerable.Range(1, last).Select(c => Text(sheet.Cell(r.RowNumber(), c))).ToList()))];
        }
    }

    private static string Text(IXLCell cell) => cell.DataType switch
    {
        XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
        // A period typed as 2024-03 becomes a date in Excel: the month is what was meant.
        XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => cell.GetString(),
    };

    private static ProblemException Bad(string field, string message) =>
        new(EnteredValues.Invalid, message, new Dictionary<string, string[]> { [field] = [message] });
}
