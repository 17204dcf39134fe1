using System.Text.RegularExpressions;

namespace LienThong.Identity.Domain;

/// <summary>
/// An information system's identifier, as in X-Road: <c>INSTANCE/CLASS/MEMBER/SUBSYSTEM</c>, where the
/// member code is the agency's electronic identifier and the class is GOV, COM or ORG
/// (e.g. <c>VN-QNA/GOV/000.00.00.H47/LGSP</c>).
/// </summary>
internal static partial class SubsystemId
{
    public const string Example = "VN-QNA/GOV/000.00.00.H47/LGSP";

    public static bool IsValid(string value) => Format().IsMatch(value);

    public static string MemberOf(string value) => value.Split('/')[2];

    [GeneratedRegex(@"^[A-Z]{2}(-[A-Z0-9]{1,10})?/(GOV|COM|ORG)/[0-9A-Za-z.\-]{1,40}/[A-Za-z0-9][A-Za-z0-9._\-]{0,63}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
