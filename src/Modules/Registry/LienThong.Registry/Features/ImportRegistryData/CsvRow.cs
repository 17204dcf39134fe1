using System.Globalization;
using LienThong.BuildingBlocks.Text;

namespace LienThong.Registry.Features.ImportRegistryData;

/// <summary>One data row; field readers collect Vietnamese error messages instead of throwing.</summary>
internal sealed class CsvRow(int line, IReadOnlyList<string> header, IReadOnlyList<string> fields, string? shapeError)
{
    private readonly List<string> errors = shapeError is null ? [] : [shapeError];

    public int Line { get; } = line;

    public IReadOnlyList<string> Errors => errors;

    public void Fail(string message) => errors.Add(message);

    public string? Optional(string column)
    {
        var index = IndexOf(header, column);
        if (index < 0 || index >= fields.Count || string.IsNullOrWhiteSpace(fields[index]))
        {
            return null;
        }
        return VietnameseText.Clean(fields[index]);
    }

    public string Required(string column)
    {
        var value = Optional(column);
        // A row with the wrong number of columns already has one error; don't list every column too.
        if (value is null && shapeError is null)
        {
            Fail($"thiếu giá trị cột '{column}'");
        }
        return value ?? "";
    }

    public DateOnly? Date(string column)
    {
        var value = Optional(column);
        if (value is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Fail($"cột '{column}': '{value}' không phải ngày dạng YYYY-MM-DD");
        return null;
    }

    /// <summary>yes/no; empty means yes (a fact is taken as confirmed unless the file says otherwise).</summary>
    public bool YesNo(string column, bool whenEmpty)
    {
        switch (Optional(column)?.ToLowerInvariant())
        {
            case null: return whenEmpty;
            case "yes": return true;
            case "no": return false;
            case var other:
                Fail($"cột '{column}': '{other}' phải là yes hoặc no");
                return whenEmpty;
        }
    }

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }
        return -1;
    }
}
