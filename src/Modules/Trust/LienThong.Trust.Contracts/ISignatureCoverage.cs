namespace LienThong.Trust.Contracts;

/// <summary>How many of the province's agencies and signing officials can sign electronically today.</summary>
public interface ISignatureCoverage
{
    /// <summary>
    /// Agencies of the province (levels province, district, commune) in force on <paramref name="at"/> (default:
    /// <c>Trust:CoverageDate</c>, else today) that hold a seal certificate valid now — issued, not expired, not
    /// revoked — and the signing officials holding a valid personal certificate.
    /// </summary>
    Task<CoverageReport> ReportAsync(DateOnly? at = null, CancellationToken cancellationToken = default);
}

public sealed record CoverageReport(DateOnly At, DateTimeOffset CheckedAt, CoverageCount Agencies, IReadOnlyList<LevelCoverage> ByLevel,
    CoverageCount Officials, IReadOnlyList<UncoveredAgency> Uncovered);

public sealed record CoverageCount(int Covered, int Total, decimal Percent)
{
    public static CoverageCount Of(int covered, int total) =>
        new(covered, total, total == 0 ? 0m : Math.Round(100m * covered / total, 2, MidpointRounding.AwayFromZero));
}

/// <param name="Level"><c>province</c>, <c>district</c> or <c>commune</c>.</param>
public sealed record LevelCoverage(string Level, int Covered, int Total, decimal Percent);

public sealed record UncoveredAgency(string ElectronicId, string Name, string Level);
