using LienThong.BuildingBlocks.Time;
using LienThong.Identity.Contracts;
using LienThong.Registry.Contracts;
using LienThong.Trust.Contracts;
using LienThong.Trust.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LienThong.Trust.Pki;

/// <summary>
/// Gives every agency of the province a seal certificate and every signing official a personal one
/// (the province's goal: digital signatures at 100% of state agencies from province to commune), and
/// reports how far that goes (<see cref="ISignatureCoverage"/>).
/// </summary>
internal sealed class CertificateEnrolment(TrustDbContext db, CertificateAuthority authority, IRegistryDirectory registry,
    IOfficialDirectory officials, IOptions<TrustOptions> options, TimeProvider time) : ISignatureCoverage
{
    /// <summary>The agency levels the province's PKI serves; central agencies hold the Government Cipher Committee's certificates.</summary>
    public static readonly IReadOnlyList<string> Levels = [AgencyLevels.Province, AgencyLevels.District, AgencyLevels.Commune];

    /// <summary>Issues the missing certificates; returns how many seals and personal certificates were issued.</summary>
    public async Task<(int Seals, int Officials)> EnrolAsync(int parallelism, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var covered = await ValidHoldersAsync(CertificateProfiles.Seal, now, cancellationToken);
        // Every seeded agency, including those of earlier or later organisations, so the report reads the same on any date.
        var agencies = (await registry.ListAllAgenciesAsync(cancellationToken))
            .Where(a => Levels.Contains(a.Level))
            .GroupBy(a => a.ElectronicId).Select(versions => versions.OrderBy(a => a.ValidTo ?? DateOnly.MaxValue).Last())
            .Where(a => !covered.Contains(a.ElectronicId))
            .Select(a => Subject.ForSeal(a.ElectronicId, a.Name))
            .ToList();
        var signed = await ValidOfficialsAsync(now, cancellationToken);
        var people = new List<Subject>();
        foreach (var official in await officials.ListSigningOfficialsAsync(cancellationToken))
        {
            if (!signed.Contains(official.UserName)
                && (await registry.AgencyHistoryAsync(official.AgencyElectronicId!, cancellationToken)) is [.., var agency])
            {
                people.Add(Subject.ForOfficial(official, agency.Name));
            }
        }
        await authority.IssueManyAsync([.. agencies, .. people], parallelism, cancellationToken);
        return (agencies.Count, people.Count);
    }

    public async Task<CoverageReport> ReportAsync(DateOnly? at = null, CancellationToken cancellationToken = default)
    {
        var checkedAt = time.GetUtcNow();
        var date = ReportDate(at);
        var agencies = await AgenciesAsync(date, cancellationToken);
        var covered = await ValidHoldersAsync(CertificateProfiles.Seal, checkedAt.UtcDateTime, cancellationToken);
        var byLevel = Levels.Select(level =>
        {
            var total = agencies.Count(a => a.Level == level);
            var count = CoverageCount.Of(agencies.Count(a => a.Level == level && covered.Contains(a.ElectronicId)), total);
            return new LevelCoverage(level, count.Covered, count.Total, count.Percent);
        }).ToList();
        var signing = await officials.ListSigningOfficialsAsync(cancellationToken);
        var signed = await ValidOfficialsAsync(checkedAt.UtcDateTime, cancellationToken);
        return new CoverageReport(date, checkedAt,
            CoverageCount.Of(agencies.Count(a => covered.Contains(a.ElectronicId)), agencies.Count),
            byLevel,
            CoverageCount.Of(signing.Count(o => signed.Contains(o.UserName)), signing.Count),
            [.. agencies.Where(a => !covered.Contains(a.ElectronicId)).Select(a => new UncoveredAgency(a.ElectronicId, a.Name, a.Level))]);
    }

    private DateOnly ReportDate(DateOnly? at) =>
        at ?? options.Value.CoverageDate ?? VietnamTime.Today(time);

    private async Task<List<AgencyDto>> AgenciesAsync(DateOnly at, CancellationToken cancellationToken) =>
        [.. (await registry.ListAgenciesAsync(new AgencyQuery(at), cancellationToken)).Where(a => Levels.Contains(a.Level))];

    private async Task<HashSet<string>> ValidHoldersAsync(string profile, DateTime nowUtc, CancellationToken cancellationToken) =>
        [.. await Valid(profile, nowUtc).Select(c => c.AgencyElectronicId!).Distinct().ToListAsync(cancellationToken)];

    private async Task<HashSet<string>> ValidOfficialsAsync(DateTime nowUtc, CancellationToken cancellationToken) =>
        [.. await Valid(CertificateProfiles.Official, nowUtc).Select(c => c.OfficialUserName!).Distinct().ToListAsync(cancellationToken)];

    private IQueryable<IssuedCertificate> Valid(string profile, DateTime nowUtc) => db.Certificates.AsNoTracking()
        .Where(c => c.Profile == profile && c.RevokedAtUtc == null && c.NotBeforeUtc <= nowUtc && c.NotAfterUtc > nowUtc);
}
