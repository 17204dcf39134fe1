using LienThong.BuildingBlocks.Text;

namespace LienThong.Registry.Tests.Rules;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Thành phố Tam Kỳ", "thanh pho tam ky")]
    [InlineData("Huyện Đông Giang", "huyen dong giang")]
    [InlineData("Xã  Tư", "xa tu")]
    [InlineData("Phường Hoà Thuận", "phuong hoa thuan")]
    public void Fold_RemovesMarksAndCase(string name, string folded) => Assert.Equal(folded, VietnameseText.Fold(name));

    [Fact]
    public void Clean_NormalisesDecomposedInputToNfc()
    {
        var decomposed = "Kỳ".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal("Kỳ", VietnameseText.Clean(" " + decomposed + " "));
        Assert.True(VietnameseText.Clean(decomposed).IsNormalized(System.Text.NormalizationForm.FormC));
    }
}
