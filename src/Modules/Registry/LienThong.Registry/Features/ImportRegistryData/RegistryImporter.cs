using LienThong.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Registry.Features.ImportRegistryData;

/// <summary>
/// Imports the Registry's own CSV formats (README "Data files"): units, unit successions, agencies
/// and agency successions, recognised by their header. Every row is checked against the file and
/// the database first; one bad row refuses the whole file and nothing is applied (one transaction).
/// Rows are upserted by their identity, so importing the same file twice changes nothing.
/// </summary>
internal sealed class RegistryImporter(RegistryDbContext db)
{
    public async Task<ImportOutcome> ImportAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        var table = CsvTable.Read(reader);
        var kind = RegistryFileKind.Detect(table.Header);
        if (kind is null)
        {
            return ImportOutcome.Refused("unknown", [new ImportError(1,
                "không nhận ra loại tệp từ dòng tiêu đề; xem định dạng trong README của mô-đun Registry")]);
        }
        var missing = kind.Columns.Except(table.Header).ToList();
        if (missing.Count > 0)
        {
            return ImportOutcome.Refused(kind.Name, [new ImportError(1, "thiếu cột: " + string.Join(", ", missing))]);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            var ownTransaction = db.Database.CurrentTransaction is null;
            await using var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            ImportOutcome outcome = kind.Name switch
            {
                RegistryFileKind.UnitsName => await new UnitRowsImport(db).RunAsync(table.Rows, cancellationToken),
                RegistryFileKind.AgenciesName => await new AgencyRowsImport(db).RunAsync(table.Rows, cancellationToken),
                RegistryFileKind.UnitSuccessionsName => await new UnitSuccessionRowsImport(db).RunAsync(table.Rows, cancellationToken),
                _ => await new AgencySuccessionRowsImport(db).RunAsync(table.Rows, cancellationToken),
            };
            if (!outcome.Succeeded)
            {
                db.ChangeTracker.Clear();
                return outcome;
            }
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            return outcome;
        });
    }
}
