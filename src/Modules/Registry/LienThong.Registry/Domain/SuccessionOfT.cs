namespace LienThong.Registry.Domain;

/// <summary>A succession between two versions of the same kind of record.</summary>
internal abstract class Succession<TVersion> : Succession
    where TVersion : class
{
    public TVersion Predecessor { get; private set; } = null!;

    public TVersion? Successor { get; private set; }

    protected Succession()
    {
    }

    protected Succession(TVersion predecessor, TVersion? successor, DateOnly effectiveDate)
    {
        Predecessor = predecessor;
        Successor = successor;
        EffectiveDate = effectiveDate;
    }
}
