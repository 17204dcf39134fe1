namespace LienThong.Registry.Contracts;

/// <param name="Text">Matched with or without diacritics ("tam ky" finds "Thành phố Tam Kỳ").</param>
public sealed record UnitQuery(DateOnly At, string? ParentCode = null, int? Level = null, string? Text = null);
