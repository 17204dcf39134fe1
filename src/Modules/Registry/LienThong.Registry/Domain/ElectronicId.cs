using System.Text.RegularExpressions;

namespace LienThong.Registry.Domain;

/// <summary>
/// Agency electronic identifier, Decision 20/2020/QĐ-TTg (QCVN 102:2016): <c>V1V2V3.Z1Z2.Y1Y2.MX1X2</c>,
/// read right to left: level 1 is a letter plus two digits (G ministry, H provincial People's
/// Committee, K provincial People's Council), then level 2, 3 and 4; zeros mean "this level itself".
/// </summary>
internal static partial class ElectronicId
{
    public const string Pattern = "ddd.dd.dd.Xdd";

    public static bool IsValid(string value) => Format().IsMatch(value);

    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
