namespace LienThong.Registry.Features.ImportRegistryData;

/// <summary>The four file formats, each recognised by the column that names its identity.</summary>
internal sealed record RegistryFileKind(string Name, string KeyColumn, IReadOnlyList<string> Columns)
{
    public const string UnitsName = "units";
    public const string UnitSuccessionsName = "unit-successions";
    public const string AgenciesName = "agencies";
    public const string AgencySuccessionsName = "agency-successions";

    public static readonly IReadOnlyList<RegistryFileKind> All =
    [
        new(UnitsName, "code", ["code", "name", "type", "level", "parent_code", "valid_from", "valid_to", "confirmed"]),
        new(UnitSuccessionsName, "old_code", ["old_code", "new_code", "kind", "effective_date", "legal_basis", "confirmed"]),
        new(AgenciesName, "electronic_id",
            ["electronic_id", "name", "abbreviation", "level", "parent_electronic_id", "unit_code", "valid_from", "valid_to", "synthetic"]),
        new(AgencySuccessionsName, "old_electronic_id",
            ["old_electronic_id", "new_electronic_id", "kind", "effective_date", "legal_basis", "confirmed"]),
    ];

    public static RegistryFileKind? Detect(IReadOnlyList<string> header) =>
        All.FirstOrDefault(k => header.Count > 0 && header[0] == k.KeyColumn);
}
