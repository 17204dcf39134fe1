using System.Globalization;
using System.Text.RegularExpressions;
using LienThong.PublicServices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.PublicServices.Dossiers;

/// <summary>
/// Dossier codes <c>{receiving agency e-ID}-YYMMDD-XXXX</c> (Circular 01/2018/TT-VPCP Art. 19): numbered per agency and
/// per day from 0001. The next number is taken with one atomic statement (insert the day's counter or increment it,
/// returning the value), so two receipts at the same instant never share a number, on either database, with no gap.
/// </summary>
internal sealed partial class DossierCodes(PublicServicesDbContext db)
{
    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")]
    private static partial Regex ElectronicId();

    public async Task<string> NextAsync(string agency, DateOnly day, CancellationToken cancellationToken)
    {
        if (!ElectronicId().IsMatch(agency))
        {
            throw new ArgumentException($"Mã định danh cơ quan {agency} không đúng dạng ddd.dd.dd.Xdd.", nameof(agency));
        }
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO publicservices_dossier_counters ("Agency", "Day", "Last") VALUES ({agency}, {day}, 1)
            ON CONFLICT ("Agency", "Day") DO UPDATE SET "Last" = publicservices_dossier_counters."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{agency}-{day:yyMMdd}-{numbers[0]:0000}");
    }
}
