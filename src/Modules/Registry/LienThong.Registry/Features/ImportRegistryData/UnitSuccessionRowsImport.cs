using LienThong.Registry.Domain;
using LienThong.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Registry.Features.ImportRegistryData;

internal sealed class UnitSuccessionRowsImport(RegistryDbContext db)
    : SuccessionRowsImport<AdministrativeUnit, UnitSuccession>("old_code", "new_code")
{
    protected override string Kind => RegistryFileKind.UnitSuccessionsName;

    protected override async Task<(List<AdministrativeUnit>, List<UnitSuccession>)> LoadAsync(CancellationToken cancellationToken) =>
        (await db.Units.ToListAsync(cancellationToken), await db.UnitSuccessions.ToListAsync(cancellationToken));

    protected override string KeyOf(AdministrativeUnit version) => version.Code;

    protected override Validity ValidityOf(AdministrativeUnit version) => version.Validity;

    protected override int IdOf(AdministrativeUnit version) => version.Id;

    protected override UnitSuccession Create(AdministrativeUnit predecessor, AdministrativeUnit? successor, DateOnly effectiveDate) =>
        db.UnitSuccessions.Add(new UnitSuccession(predecessor, successor, effectiveDate)).Entity;
}
