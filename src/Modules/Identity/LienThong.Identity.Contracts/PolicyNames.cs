namespace LienThong.Identity.Contracts;

/// <summary>Authorisation policy names other modules put on their endpoints and pages (defined by the Identity module).</summary>
public static class PolicyNames
{
    public const string Authenticated = "authenticated";

    /// <summary>A caller with a bearer access token only (no cookie): for form-posting APIs a page could be tricked into calling (CSRF).</summary>
    public const string ApiToken = "api-token";
    public const string PlatformOperator = "platform-operator";
    public const string AgencyAdministration = "agency-administration";
    public const string Citizen = "citizen";
    public const string CitizenLevel2 = "citizen-level-2";

    /// <summary>An official with a working role (one-stop officer, specialist, leader, clerk), by cookie or bearer token.</summary>
    public const string Official = "official";
}
