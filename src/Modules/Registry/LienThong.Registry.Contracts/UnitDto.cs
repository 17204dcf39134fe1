namespace LienThong.Registry.Contracts;

/// <summary>An administrative unit as valid on a date. Its identity is (code, validFrom): codes are reused.</summary>
/// <param name="ValidFrom">First day of validity; null when it predates the reference data.</param>
/// <param name="ValidTo">First day it is no longer valid (exclusive); null while it exists.</param>
/// <param name="Confirmed">False where the reference facts could not be confirmed against the legal text.</param>
public sealed record UnitDto(string Code, string Name, string Type, int Level, string? ParentCode,
    DateOnly? ValidFrom, DateOnly? ValidTo, bool Confirmed);
