namespace LienThong.Registry.Domain;

internal sealed class UnitSuccession : Succession<AdministrativeUnit>
{
    private UnitSuccession()
    {
    }

    public UnitSuccession(AdministrativeUnit predecessor, AdministrativeUnit? successor, DateOnly effectiveDate)
        : base(predecessor, successor, effectiveDate)
    {
    }
}
