namespace LienThong.VNeID;

/// <summary>
/// Assurance levels of the electronic identification account (Decree 69/2024/NĐ-CP): level 1 has the
/// identity data and portrait; level 2 adds biometrics and is equivalent to the chip ID card. Carried
/// as the OpenID Connect <c>acr</c> claim.
/// </summary>
public static class VNeIdLevels
{
    public const string Level1 = "urn:vneid:loa:1";
    public const string Level2 = "urn:vneid:loa:2";
}
