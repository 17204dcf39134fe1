using LienThong.Registry.Domain;
using LienThong.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Registry.Features.ImportRegistryData;

internal sealed record AgencyRow(string Key, string Name, string Abbreviation, string LevelName, string? Parent,
    string? UnitCode, DateOnly? From, DateOnly? To, bool Synthetic, string? Note) : VersionedRow(Key, From, To, 0);

internal sealed class AgencyRowsImport(RegistryDbContext db) : VersionedRowsImport<Agency, AgencyRow>
{
    private List<VersionedRow> units = [];

    protected override string Kind => RegistryFileKind.AgenciesName;

    protected override AgencyRow? Parse(CsvRow row)
    {
        var eid = row.Required("electronic_id");
        var name = row.Required("name");
        var abbreviation = row.Required("abbreviation");
        var level = row.Required("level");
        var parent = row.Optional("parent_electronic_id");
        var (from, to) = (row.Date("valid_from"), row.Date("valid_to"));
        var synthetic = row.YesNo("synthetic", whenEmpty: false);
        foreach (var (column, value) in new[] { ("electronic_id", eid), ("parent_electronic_id", parent) })
        {
            if (!string.IsNullOrEmpty(value) && !ElectronicId.IsValid(value))
            {
                row.Fail($"cột '{column}': mã định danh '{value}' sai định dạng, phải là {ElectronicId.Pattern} (QĐ 20/2020/QĐ-TTg)");
            }
        }
        if (level.Length > 0 && !AgencyLevel.All.Contains(level))
        {
            row.Fail($"cột 'level': '{level}' phải là một trong {string.Join(", ", AgencyLevel.All)}");
        }
        if (!new Validity(from, to).IsWellFormed)
        {
            row.Fail("valid_to phải sau valid_from");
        }
        return row.Errors.Count > 0 ? null
            : new AgencyRow(eid, name, abbreviation, level, parent, row.Optional("unit_code"), from, to, synthetic, row.Optional("note"));
    }

    protected override async Task<List<Agency>> LoadAsync(CancellationToken cancellationToken)
    {
        units = await db.Units.AsNoTracking().Select(u => new VersionedRow(u.Code, u.ValidFrom, u.ValidTo, u.Level))
            .ToListAsync(cancellationToken);
        return await db.Agencies.ToListAsync(cancellationToken);
    }

    protected override VersionedRow Describe(Agency agency) => new(agency.ElectronicId, agency.ValidFrom, agency.ValidTo, 0);

    protected override void CheckReferences(AgencyRow row, ILookup<string, VersionedRow> versions, CsvRow csv)
    {
        if (row.Parent is { } parent && !versions[parent].Any(p => CoversStart(p, row)))
        {
            csv.Fail($"không có cơ quan cấp trên {parent} còn hiệu lực vào ngày {Show(row.From)}");
        }
        if (row.UnitCode is { } unit && !units.Any(u => u.Key == unit && CoversStart(u, row)))
        {
            csv.Fail($"không có đơn vị hành chính mã {unit} còn hiệu lực vào ngày {Show(row.From)}");
        }
    }

    protected override Agency Create(AgencyRow row)
    {
        var agency = new Agency(row.Key, row.From);
        db.Agencies.Add(agency);
        return agency;
    }

    protected override void Apply(Agency agency, AgencyRow row) =>
        agency.Describe(row.Name, row.Abbreviation, row.LevelName, row.Parent, row.UnitCode, row.To, row.Synthetic, row.Note);
}
