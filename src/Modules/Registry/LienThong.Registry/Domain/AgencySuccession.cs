namespace LienThong.Registry.Domain;

internal sealed class AgencySuccession : Succession
{
    public Agency Predecessor { get; private set; } = null!;

    public Agency? Successor { get; private set; }

    private AgencySuccession()
    {
    }

    public AgencySuccession(Agency predecessor, Agency? successor, DateOnly effectiveDate)
    {
        Predecessor = predecessor;
        Successor = successor;
        EffectiveDate = effectiveDate;
    }
}
