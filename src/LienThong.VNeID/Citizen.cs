namespace LienThong.VNeID;

/// <summary>A synthetic citizen account of the bundled provider.</summary>
/// <param name="AddressUnit">Permanent address: the commune code valid when the data was made (2023).</param>
/// <param name="Level">1 or 2 (Decree 69/2024/NĐ-CP).</param>
internal sealed record Citizen(string PersonalIdNumber, string FullName, DateOnly BirthDate, string Sex, string AddressUnit, int Level);
