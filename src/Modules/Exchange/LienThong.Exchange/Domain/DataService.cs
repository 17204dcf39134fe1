namespace LienThong.Exchange.Domain;

/// <summary>
/// A data service a subsystem publishes through the gateway, with its entry in the data catalogue: shared data of the
/// province (owned by Sở TT&amp;TT) or specialised data (owned by a department), personal data or not, legal basis.
/// </summary>
internal sealed class DataService
{
    public const string SharedData = "shared";
    public const string SpecialisedData = "specialised";

    public int Id { get; private set; }

    /// <summary><c>INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE</c>.</summary>
    public string Identifier { get; private set; } = "";

    public string Subsystem { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string Version { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Where the gateway forwards calls (the provider's base URL; the caller's path is appended).</summary>
    public string ProviderUrl { get; private set; } = "";

    /// <summary>The OpenAPI 3 document of the service, served at <c>/x/{service id}/openapi.json</c>.</summary>
    public string OpenApi { get; private set; } = "";

    public string Category { get; private set; } = SharedData;

    public bool PersonalData { get; private set; }

    public string LegalBasis { get; private set; } = "";

    private DataService()
    {
    }

    public DataService(string subsystem, string code, string version, string name, string description, string providerUrl,
        string openApi, string category, bool personalData, string legalBasis)
    {
        (Subsystem, Code, Version, Name, Description, ProviderUrl, OpenApi, Category, PersonalData, LegalBasis) =
            (subsystem, code, version, name, description, providerUrl, openApi, category, personalData, legalBasis);
        Identifier = subsystem + "/" + code;
    }

    public void MoveTo(string providerUrl) => ProviderUrl = providerUrl;
}
