namespace LienThong.Registry.Contracts;

public sealed record AgencyQuery(DateOnly At, string? UnitCode = null, string? Text = null);
