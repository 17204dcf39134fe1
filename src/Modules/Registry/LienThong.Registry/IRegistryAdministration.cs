using LienThong.Registry.Features.ImportRegistryData;

namespace LienThong.Registry;

/// <summary>What the host's command line and start-up do with the Registry: seed, import, the calendar's schedule.</summary>
public interface IRegistryAdministration
{
    /// <summary>Loads the reference province unless units already exist; true when it seeded.</summary>
    Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ImportOutcome>> SeedAsync(CancellationToken cancellationToken = default);

    /// <summary>Imports one file of the Registry's CSV formats; all rows or none.</summary>
    Task<ImportOutcome> ImportAsync(TextReader reader, CancellationToken cancellationToken = default);

    /// <summary>Enters a day of a year's official schedule (day off or make-up working day); the error in Vietnamese, or null.</summary>
    Task<string?> SetCalendarDayAsync(DateOnly date, bool dayOff, string name, string basis, string changedBy,
        CancellationToken cancellationToken = default);

    /// <summary>Removes a schedule entry; false when there was none.</summary>
    Task<bool> RemoveCalendarDayAsync(DateOnly date, CancellationToken cancellationToken = default);
}
