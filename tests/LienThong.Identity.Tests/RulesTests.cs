using LienThong.Identity.Domain;
using LienThong.Identity.Pages;

namespace LienThong.Identity.Tests;

public sealed class RulesTests
{
    [Theory]
    [InlineData("VN-QNA/GOV/000.00.00.H47/LGSP")]
    [InlineData("VN/COM/0100233488/erp")]
    [InlineData("VN-QNA/ORG/000.00.02.H47/DATDAI-2")]
    public void SubsystemId_InTheXRoadShape_IsValid(string id) => Assert.True(SubsystemId.IsValid(id));

    [Theory]
    [InlineData("VN-QNA/GOV/000.00.00.H47")]
    [InlineData("VN-QNA/ABC/000.00.00.H47/LGSP")]
    [InlineData("vn-qna/GOV/000.00.00.H47/LGSP")]
    [InlineData("VN-QNA/GOV/000.00.00.H47/LGSP/extra")]
    [InlineData("VN-QNA/GOV/000 00/LGSP")]
    public void SubsystemId_OutOfShape_IsRefused(string id) => Assert.False(SubsystemId.IsValid(id));

    [Theory]
    [InlineData("/connect/authorize?client_id=x", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void ReturnUrl_OnlyLocalPathsAreFollowed(string? url, bool local) => Assert.Equal(local, LocalUrl.IsLocal(url));
}

public sealed class BundledCitizensTests
{
    [Fact]
    public void BundledProvider_HasAtLeast50ValidCitizensBornInQuangNam_OfBothLevels()
    {
        var citizens = new LienThong.VNeID.CitizenDirectory();

        Assert.True(citizens.Count >= 50);
        Assert.Equal(2, citizens.Find("049085001234")!.Level);
        Assert.Equal(1, citizens.Find("049190005678")!.Level);
    }
}
