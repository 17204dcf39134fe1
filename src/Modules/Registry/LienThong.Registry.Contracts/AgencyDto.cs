namespace LienThong.Registry.Contracts;

/// <summary>An agency as valid on a date; <see cref="ElectronicId"/> follows Decision 20/2020/QĐ-TTg.</summary>
/// <param name="Level"><c>central</c>, <c>province</c>, <c>district</c> or <c>commune</c>.</param>
/// <param name="Synthetic">True where the real e-ID is unknown and one was generated in the right format.</param>
public sealed record AgencyDto(string ElectronicId, string Name, string Abbreviation, string Level,
    string? ParentElectronicId, string? UnitCode, DateOnly? ValidFrom, DateOnly? ValidTo, bool Synthetic);
