using LienThong.Registry.Features.ImportRegistryData;
using LienThong.Registry.Features.SeedRegistry;

namespace LienThong.Registry;

internal sealed class RegistryAdministration(RegistrySeeder seeder, RegistryImporter importer, Features.Calendar.CalendarSchedule schedule)
    : IRegistryAdministration
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await seeder.IsSeededAsync(cancellationToken))
        {
            return false;
        }
        await seeder.SeedAsync(cancellationToken);
        return true;
    }

    public Task<IReadOnlyList<ImportOutcome>> SeedAsync(CancellationToken cancellationToken = default) =>
        seeder.SeedAsync(cancellationToken);

    public Task<ImportOutcome> ImportAsync(TextReader reader, CancellationToken cancellationToken = default) =>
        importer.ImportAsync(reader, cancellationToken);

    public Task<string?> SetCalendarDayAsync(DateOnly date, bool dayOff, string name, string basis, string changedBy,
        CancellationToken cancellationToken = default) =>
        schedule.SetAsync(date, dayOff, name, basis, changedBy, cancellationToken);

    public Task<bool> RemoveCalendarDayAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        schedule.RemoveAsync(date, cancellationToken);
}
