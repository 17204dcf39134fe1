namespace LienThong.Registry.Contracts;

/// <summary>One succession seen from a unit or agency: the other side, how, when and on what basis.</summary>
/// <param name="Code">The other unit's code or agency's e-ID; null for <c>abolished</c>.</param>
/// <param name="Kind"><c>full</c>, <c>partial</c> or <c>abolished</c>.</param>
public sealed record UnitLinkDto(string? Code, string? Name, string Kind, DateOnly EffectiveDate,
    string? LegalBasis, bool Confirmed);
