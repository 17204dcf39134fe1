namespace LienThong.Registry.Domain;

/// <summary>A half-open period [From, To); null From = before the reference data, null To = still valid.</summary>
internal readonly record struct Validity(DateOnly? From, DateOnly? To)
{
    public bool Contains(DateOnly day) => (From is null || From <= day) && (To is null || day < To);

    public bool Overlaps(Validity other) =>
        (From is null || other.To is null || From < other.To) && (other.From is null || To is null || other.From < To);

    public bool IsWellFormed => From is null || To is null || From < To;
}
