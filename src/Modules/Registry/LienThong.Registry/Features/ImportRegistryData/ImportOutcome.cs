namespace LienThong.Registry.Features.ImportRegistryData;

/// <summary>What an import did: all rows applied, or none (then <see cref="Errors"/> says why).</summary>
public sealed record ImportOutcome(string Kind, int Inserted, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportOutcome Refused(string kind, IEnumerable<ImportError> errors) => new(kind, 0, 0, [.. errors]);
}
