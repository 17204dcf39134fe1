using LienThong.BuildingBlocks.Text;
using LienThong.Registry.Contracts;
using LienThong.Registry.Domain;
using LienThong.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Registry;

internal sealed class RegistryDirectory(RegistryDbContext db) : IRegistryDirectory
{
    public async Task<IReadOnlyList<UnitDto>> ListUnitsAsync(UnitQuery query, CancellationToken cancellationToken = default)
    {
        var units = db.Units.AsNoTracking().ValidOn(query.At);
        if (query.ParentCode is { } parent)
        {
            units = units.Where(u => u.ParentCode == parent);
        }
        if (query.Level is { } level)
        {
            units = units.Where(u => u.Level == level);
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var folded = VietnameseText.Fold(query.Text);
            units = units.Where(u => u.SearchName.Contains(folded) || u.Code == folded);
        }
        return await units.OrderBy(u => u.Level).ThenBy(u => u.Code)
            .Select(u => new UnitDto(u.Code, u.Name, u.Type, u.Level, u.ParentCode, u.ValidFrom, u.ValidTo, u.Confirmed))
            .ToListAsync(cancellationToken);
    }

    public async Task<UnitDetailDto?> FindUnitAsync(string code, DateOnly at, CancellationToken cancellationToken = default)
    {
        var unit = await db.Units.AsNoTracking().ValidOn(at).SingleOrDefaultAsync(u => u.Code == code, cancellationToken);
        return unit is null ? null : (await DescribeUnitsAsync([unit], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<UnitDetailDto>> UnitHistoryAsync(string code, CancellationToken cancellationToken = default)
    {
        var versions = await db.Units.AsNoTracking().Where(u => u.Code == code).ToListAsync(cancellationToken);
        return await DescribeUnitsAsync([.. versions.OrderBy(v => v.ValidFrom)], cancellationToken);
    }

    public async Task<IReadOnlyList<AgencyDto>> ListAgenciesAsync(AgencyQuery query, CancellationToken cancellationToken = default)
    {
        var agencies = db.Agencies.AsNoTracking().ValidOn(query.At);
        if (query.UnitCode is { } unit)
        {
            agencies = agencies.Where(a => a.UnitCode == unit);
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var folded = VietnameseText.Fold(query.Text);
            agencies = agencies.Where(a => a.SearchName.Contains(folded) || a.ElectronicId == query.Text.Trim());
        }
        return await agencies.OrderBy(a => a.ElectronicId)
            .Select(AgencyRow)
            .ToListAsync(cancellationToken);
    }

    private static readonly System.Linq.Expressions.Expression<Func<Agency, AgencyDto>> AgencyRow = a =>
        new AgencyDto(a.ElectronicId, a.Name, a.Abbreviation, a.Level, a.ParentElectronicId, a.UnitCode, a.ValidFrom, a.ValidTo, a.Synthetic);

    public async Task<IReadOnlyList<AgencyDto>> ListAllAgenciesAsync(CancellationToken cancellationToken = default) =>
        await db.Agencies.AsNoTracking().OrderBy(a => a.ElectronicId).ThenBy(a => a.ValidFrom)
            .Select(AgencyRow)
            .ToListAsync(cancellationToken);

    public async Task<AgencyDetailDto?> FindAgencyAsync(string electronicId, DateOnly at, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().ValidOn(at)
            .SingleOrDefaultAsync(a => a.ElectronicId == electronicId, cancellationToken);
        return agency is null ? null : (await DescribeAgenciesAsync([agency], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<AgencyDetailDto>> AgencyHistoryAsync(string electronicId, CancellationToken cancellationToken = default)
    {
        var versions = await db.Agencies.AsNoTracking().Where(a => a.ElectronicId == electronicId).ToListAsync(cancellationToken);
        return await DescribeAgenciesAsync([.. versions.OrderBy(v => v.ValidFrom)], cancellationToken);
    }

    private async Task<IReadOnlyList<UnitDetailDto>> DescribeUnitsAsync(IReadOnlyList<AdministrativeUnit> units, CancellationToken ct)
    {
        var ids = units.Select(u => u.Id).ToList();
        var links = await db.UnitSuccessions.AsNoTracking().Include(s => s.Predecessor).Include(s => s.Successor)
            .Where(s => ids.Contains(s.PredecessorId) || (s.SuccessorId != null && ids.Contains(s.SuccessorId.Value)))
            .ToListAsync(ct);
        return [.. units.Select(u => new UnitDetailDto(u.Code, u.Name, u.Type, u.Level, u.ParentCode, u.ValidFrom, u.ValidTo,
            u.Confirmed, u.Source, u.Note,
            [.. links.Where(s => s.SuccessorId == u.Id).OrderBy(s => s.Predecessor.Code)
                .Select(s => Link(s, s.Predecessor.Code, s.Predecessor.Name))],
            [.. links.Where(s => s.PredecessorId == u.Id).OrderBy(s => s.Successor?.Code)
                .Select(s => Link(s, s.Successor?.Code, s.Successor?.Name))]))];
    }

    private async Task<IReadOnlyList<AgencyDetailDto>> DescribeAgenciesAsync(IReadOnlyList<Agency> agencies, CancellationToken ct)
    {
        var ids = agencies.Select(a => a.Id).ToList();
        var links = await db.AgencySuccessions.AsNoTracking().Include(s => s.Predecessor).Include(s => s.Successor)
            .Where(s => ids.Contains(s.PredecessorId) || (s.SuccessorId != null && ids.Contains(s.SuccessorId.Value)))
            .ToListAsync(ct);
        return [.. agencies.Select(a => new AgencyDetailDto(a.ElectronicId, a.Name, a.Abbreviation, a.Level,
            a.ParentElectronicId, a.UnitCode, a.ValidFrom, a.ValidTo, a.Synthetic, a.Note,
            [.. links.Where(s => s.SuccessorId == a.Id).Select(s => Link(s, s.Predecessor.ElectronicId, s.Predecessor.Name))],
            [.. links.Where(s => s.PredecessorId == a.Id).Select(s => Link(s, s.Successor?.ElectronicId, s.Successor?.Name))]))];
    }

    private static UnitLinkDto Link(Succession s, string? code, string? name) =>
        new(code, name, s.Kind, s.EffectiveDate, s.LegalBasis, s.Confirmed);
}
