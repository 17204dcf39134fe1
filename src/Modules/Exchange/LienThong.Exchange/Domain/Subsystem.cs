namespace LienThong.Exchange.Domain;

/// <summary>
/// An information system of a member (agency) on the exchange: <c>INSTANCE/CLASS/MEMBER/SUBSYSTEM</c>, e.g.
/// <c>VN-QNA/GOV/000.00.00.H47/LGSP</c>; the member code is the agency's e-ID (Decision 20/2020/QĐ-TTg).
/// </summary>
internal sealed class Subsystem
{
    public int Id { get; private set; }

    public string Identifier { get; private set; } = "";

    public string Instance { get; private set; } = "";

    /// <summary><c>GOV</c>, <c>COM</c> or <c>ORG</c>.</summary>
    public string MemberClass { get; private set; } = "";

    public string MemberCode { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    private Subsystem()
    {
    }

    public Subsystem(string instance, string memberClass, string memberCode, string code, string name)
    {
        (Instance, MemberClass, MemberCode, Code, Name) = (instance, memberClass, memberCode, code, name);
        Identifier = $"{instance}/{memberClass}/{memberCode}/{code}";
    }
}
