using LienThong.Registry.Features.ImportRegistryData;

namespace LienThong.Registry;

/// <summary>What the host's command line and start-up do with the Registry: seed and import.</summary>
public interface IRegistryAdministration
{
    /// <summary>Loads the reference province unless units already exist; true when it seeded.</summary>
    Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ImportOutcome>> SeedAsync(CancellationToken cancellationToken = default);

    /// <summary>Imports one file of the Registry's CSV formats; all rows or none.</summary>
    Task<ImportOutcome> ImportAsync(TextReader reader, CancellationToken cancellationToken = default);
}
