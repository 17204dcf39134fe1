using LienThong.Registry.Domain;
using LienThong.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Registry.Features.ImportRegistryData;

internal sealed record UnitRow(string Key, string Name, string Type, int Level, string? ParentCode, DateOnly? From,
    DateOnly? To, bool Confirmed, string? Source, string? Note) : VersionedRow(Key, From, To, Level);

internal sealed class UnitRowsImport(RegistryDbContext db) : VersionedRowsImport<AdministrativeUnit, UnitRow>
{
    protected override string Kind => RegistryFileKind.UnitsName;

    protected override UnitRow? Parse(CsvRow row)
    {
        var code = row.Required("code");
        var name = row.Required("name");
        var type = row.Required("type");
        var levelText = row.Required("level");
        var parent = row.Optional("parent_code");
        var (from, to) = (row.Date("valid_from"), row.Date("valid_to"));
        var confirmed = row.YesNo("confirmed", whenEmpty: true);
        if (!int.TryParse(levelText, out var level) || level is < 1 or > 3)
        {
            row.Fail($"cột 'level': '{levelText}' phải là 1, 2 hoặc 3");
        }
        else if (!AdministrativeUnitTypes.Level.TryGetValue(type, out var typeLevel))
        {
            row.Fail($"cột 'type': '{type}' không phải loại đơn vị hành chính đã biết ({string.Join(", ", AdministrativeUnitTypes.Level.Keys)})");
        }
        else if (typeLevel != level)
        {
            row.Fail($"loại '{type}' là cấp {typeLevel}, không phải cấp {level}");
        }
        else if (code.Length != AdministrativeUnitTypes.CodeLength(level) || !code.All(char.IsAsciiDigit))
        {
            row.Fail($"mã '{code}' phải gồm {AdministrativeUnitTypes.CodeLength(level)} chữ số ở cấp {level}");
        }
        if ((level == 1) != (parent is null))
        {
            row.Fail(level == 1 ? "đơn vị cấp tỉnh không có đơn vị cha" : "thiếu mã đơn vị cha (parent_code)");
        }
        if (!new Validity(from, to).IsWellFormed)
        {
            row.Fail("valid_to phải sau valid_from");
        }
        return row.Errors.Count > 0 ? null
            : new UnitRow(code, name, type, level, parent, from, to, confirmed, row.Optional("source"), row.Optional("note"));
    }

    protected override Task<List<AdministrativeUnit>> LoadAsync(CancellationToken cancellationToken) =>
        db.Units.ToListAsync(cancellationToken);

    protected override VersionedRow Describe(AdministrativeUnit unit) => new(unit.Code, unit.ValidFrom, unit.ValidTo, unit.Level);

    protected override void CheckReferences(UnitRow row, ILookup<string, VersionedRow> versions, CsvRow csv)
    {
        if (row.ParentCode is { } parent && !versions[parent].Any(p => p.Level < row.Level && CoversStart(p, row)))
        {
            csv.Fail($"không có đơn vị cha mã {parent} cấp trên còn hiệu lực vào ngày {Show(row.From)}");
        }
    }

    protected override AdministrativeUnit Create(UnitRow row)
    {
        var unit = new AdministrativeUnit(row.Key, row.From);
        db.Units.Add(unit);
        return unit;
    }

    protected override void Apply(AdministrativeUnit unit, UnitRow row) =>
        unit.Describe(row.Name, row.Type, row.Level, row.ParentCode, row.To, row.Confirmed, row.Source, row.Note);
}
