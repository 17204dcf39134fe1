namespace LienThong.Registry.Contracts;

/// <summary>
/// Read access to administrative units and agencies for other modules and the pages. Every lookup
/// by code takes a date, because the statistics office reuses codes.
/// </summary>
public interface IRegistryDirectory
{
    Task<IReadOnlyList<UnitDto>> ListUnitsAsync(UnitQuery query, CancellationToken cancellationToken = default);

    Task<UnitDetailDto?> FindUnitAsync(string code, DateOnly at, CancellationToken cancellationToken = default);

    /// <summary>Every version that ever carried the code, oldest first, with successions.</summary>
    Task<IReadOnlyList<UnitDetailDto>> UnitHistoryAsync(string code, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AgencyDto>> ListAgenciesAsync(AgencyQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every agency version ever recorded, whatever its validity (for work that spans reorganisations).</summary>
    Task<IReadOnlyList<AgencyDto>> ListAllAgenciesAsync(CancellationToken cancellationToken = default);

    Task<AgencyDetailDto?> FindAgencyAsync(string electronicId, DateOnly at, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AgencyDetailDto>> AgencyHistoryAsync(string electronicId, CancellationToken cancellationToken = default);
}
