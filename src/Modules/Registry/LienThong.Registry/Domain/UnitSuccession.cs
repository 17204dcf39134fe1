namespace LienThong.Registry.Domain;

internal sealed class UnitSuccession : Succession
{
    public AdministrativeUnit Predecessor { get; private set; } = null!;

    public AdministrativeUnit? Successor { get; private set; }

    private UnitSuccession()
    {
    }

    public UnitSuccession(AdministrativeUnit predecessor, AdministrativeUnit? successor, DateOnly effectiveDate)
    {
        Predecessor = predecessor;
        Successor = successor;
        EffectiveDate = effectiveDate;
    }
}
