namespace LienThong.Registry.Contracts;

public sealed record AgencyDetailDto(string ElectronicId, string Name, string Abbreviation, string Level,
    string? ParentElectronicId, string? UnitCode, DateOnly? ValidFrom, DateOnly? ValidTo, bool Synthetic,
    string? Note, IReadOnlyList<UnitLinkDto> Predecessors, IReadOnlyList<UnitLinkDto> Successors);
