namespace LienThong.Registry.Domain;

/// <summary>
/// A succession between two versions (of units or agencies): the predecessor ceased or changed on
/// <see cref="EffectiveDate"/> and went wholly (<c>full</c>) or partly (<c>partial</c>) into the
/// successor, or was <c>abolished</c> with no successor.
/// </summary>
internal abstract class Succession
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "full", "partial", "abolished" };

    public int Id { get; protected set; }

    public int PredecessorId { get; protected set; }

    public int? SuccessorId { get; protected set; }

    public string Kind { get; protected set; } = "";

    public DateOnly EffectiveDate { get; protected set; }

    public string? LegalBasis { get; protected set; }

    public bool Confirmed { get; protected set; }

    public void Describe(string kind, string? legalBasis, bool confirmed) =>
        (Kind, LegalBasis, Confirmed) = (kind, legalBasis, confirmed);
}
