using static LienThong.BuildingBlocks.Identifiers.PersonalIdNumber;

namespace LienThong.Registry.Tests.Rules;

public sealed class PersonalIdNumberTests
{
    [Theory]
    [InlineData("049085001234", 1985, Sex.Male)]
    [InlineData("049185001234", 1985, Sex.Female)]
    [InlineData("048203004567", 2003, Sex.Male)]
    [InlineData("049310000001", 2010, Sex.Female)]
    public void Number_ConsistentWithBirthYearAndSex_IsValid(string number, int year, Sex sex) =>
        Assert.Null(Problem(number, new DateOnly(year, 6, 1), sex));

    [Theory]
    [InlineData("04908500123", "12 chữ số")]
    [InlineData("04908500123A", "12 chữ số")]
    [InlineData("003085001234", "mã tỉnh")]
    [InlineData("099085001234", "mã tỉnh")]
    public void Number_BreakingTheStructure_IsRefusedWithTheReason(string number, string reason) =>
        Assert.Contains(reason, Problem(number), StringComparison.Ordinal);

    [Fact]
    public void CenturyDigit_MustMatchTheBirthYear() =>
        Assert.Contains("năm sinh", Problem("049285001234", new DateOnly(1985, 1, 1)), StringComparison.Ordinal);

    [Fact]
    public void SexDigit_MustMatchTheDeclaredSex() =>
        Assert.Contains("giới tính", Problem("049085001234", new DateOnly(1985, 1, 1), Sex.Female), StringComparison.Ordinal);

    [Fact]
    public void Mask_KeepsOnlyTheProvinceAndTwoLastDigits() => Assert.Equal("049*******34", Mask("049085001234"));
}
