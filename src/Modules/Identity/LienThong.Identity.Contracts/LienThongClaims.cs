namespace LienThong.Identity.Contracts;

/// <summary>Claims LienThong adds to its tokens and cookies beside the OpenID Connect standard ones.</summary>
public static class LienThongClaims
{
    /// <summary>The agency an official belongs to: its electronic identifier (Decision 20/2020/QĐ-TTg).</summary>
    public const string Agency = "agency";

    /// <summary>The calling information system: <c>INSTANCE/CLASS/MEMBER/SUBSYSTEM</c>.</summary>
    public const string Subsystem = "subsystem";

    /// <summary>The official's position (chức vụ), shown in signatures and documents.</summary>
    public const string Position = "position";
}
