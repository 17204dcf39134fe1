using LienThong.Registry.Domain;

namespace LienThong.Registry.Tests.Rules;

public sealed class ElectronicIdTests
{
    [Theory]
    [InlineData("000.00.00.H47")]
    [InlineData("000.00.00.G22")]
    [InlineData("001.00.10.H47")]
    public void ElectronicId_InTheDecision20Format_IsValid(string eid) => Assert.True(ElectronicId.IsValid(eid));

    [Theory]
    [InlineData("000.00.00.h47")]
    [InlineData("000.00.00.H4")]
    [InlineData("00.00.00.H47")]
    [InlineData("000-00-00-H47")]
    [InlineData("000.00.00.H47 ")]
    [InlineData("")]
    public void ElectronicId_OutOfFormat_IsRefused(string eid) => Assert.False(ElectronicId.IsValid(eid));
}
