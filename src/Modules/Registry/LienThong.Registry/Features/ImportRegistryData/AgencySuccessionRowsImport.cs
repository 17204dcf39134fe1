using LienThong.Registry.Domain;
using LienThong.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Registry.Features.ImportRegistryData;

internal sealed class AgencySuccessionRowsImport(RegistryDbContext db)
    : SuccessionRowsImport<Agency, AgencySuccession>("old_electronic_id", "new_electronic_id")
{
    protected override string Kind => RegistryFileKind.AgencySuccessionsName;

    protected override async Task<(List<Agency>, List<AgencySuccession>)> LoadAsync(CancellationToken cancellationToken) =>
        (await db.Agencies.ToListAsync(cancellationToken), await db.AgencySuccessions.ToListAsync(cancellationToken));

    protected override string KeyOf(Agency version) => version.ElectronicId;

    protected override Validity ValidityOf(Agency version) => version.Validity;

    protected override int IdOf(Agency version) => version.Id;

    protected override AgencySuccession Create(Agency predecessor, Agency? successor, DateOnly effectiveDate) =>
        db.AgencySuccessions.Add(new AgencySuccession(predecessor, successor, effectiveDate)).Entity;
}
