using System.Text.RegularExpressions;
using LienThong.Documents.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Documents.Numbering;

/// <summary>
/// Gives the next number of an agency's series in a year with one atomic statement (insert the counter or increment it,
/// returning the value), so that concurrent issues get distinct consecutive numbers on SQLite and PostgreSQL. Called inside
/// the issuing transaction, a rolled-back issue gives its number back: no gaps.
/// </summary>
internal sealed partial class DocumentNumbering(DocumentsDbContext db)
{
    public const string Administrative = "hanh-chinh";
    public const string Secret = "mat";

    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")]
    private static partial Regex ElectronicId();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,29}$")]
    private static partial Regex SeriesName();

    public async Task<int> NextAsync(string agency, int year, string series, CancellationToken cancellationToken)
    {
        if (!ElectronicId().IsMatch(agency))
        {
            throw new ArgumentException($"Mã định danh cơ quan {agency} không đúng dạng ddd.dd.dd.Xdd.", nameof(agency));
        }
        if (!SeriesName().IsMatch(series) || year is < 2000 or > 2100)
        {
            throw new ArgumentException($"Sổ {series} năm {year} không hợp lệ.", nameof(series));
        }
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO documents_number_series ("Agency", "Year", "Series", "Last") VALUES ({agency}, {year}, {series}, 1)
            ON CONFLICT ("Agency", "Year", "Series") DO UPDATE SET "Last" = documents_number_series."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return numbers[0];
    }
}
