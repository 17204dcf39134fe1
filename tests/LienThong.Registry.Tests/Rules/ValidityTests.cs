using LienThong.Registry.Domain;

namespace LienThong.Registry.Tests.Rules;

public sealed class ValidityTests
{
    private static readonly DateOnly Merger = new(2025, 7, 1);

    [Fact]
    public void Validity_IsHalfOpen_LastDayIsTheDayBeforeValidTo()
    {
        var quangNam = new Validity(null, Merger);

        Assert.True(quangNam.Contains(Merger.AddDays(-1)));
        Assert.False(quangNam.Contains(Merger));
    }

    [Fact]
    public void Validity_WithoutStart_CoversAnyEarlierDate() =>
        Assert.True(new Validity(null, Merger).Contains(new DateOnly(1997, 1, 1)));

    [Fact]
    public void Versions_EndingWhereTheNextStarts_DoNotOverlap() =>
        Assert.False(new Validity(null, Merger).Overlaps(new Validity(Merger, null)));

    [Fact]
    public void Versions_SharingADay_Overlap() =>
        Assert.True(new Validity(null, Merger.AddDays(1)).Overlaps(new Validity(Merger, null)));

    [Fact]
    public void Validity_EndingBeforeItStarts_IsNotWellFormed() =>
        Assert.False(new Validity(Merger, Merger).IsWellFormed);
}
