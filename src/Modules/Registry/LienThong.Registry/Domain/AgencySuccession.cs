namespace LienThong.Registry.Domain;

internal sealed class AgencySuccession : Succession<Agency>
{
    private AgencySuccession()
    {
    }

    public AgencySuccession(Agency predecessor, Agency? successor, DateOnly effectiveDate)
        : base(predecessor, successor, effectiveDate)
    {
    }
}
