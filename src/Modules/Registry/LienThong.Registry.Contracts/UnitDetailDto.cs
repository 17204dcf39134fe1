namespace LienThong.Registry.Contracts;

public sealed record UnitDetailDto(string Code, string Name, string Type, int Level, string? ParentCode,
    DateOnly? ValidFrom, DateOnly? ValidTo, bool Confirmed, string? Source, string? Note,
    IReadOnlyList<UnitLinkDto> Predecessors, IReadOnlyList<UnitLinkDto> Successors);
