using System.Security.Claims;
using LienThong.BuildingBlocks.Security;

namespace LienThong.Registry.Tests.Rules;

public sealed class CallerScopeTests
{
    private sealed record Item(string Name, string? Agency, string? Subject);

    private static readonly Item[] Items =
    [
        new("a", "000.00.02.H47", "049085001234"),
        new("b", "000.00.01.H47", "049190005678"),
        new("c", null, null),
    ];

    private static ClaimsPrincipal User(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test", "name", "role"));

    private static string[] Visible(CallerScope scope) =>
        [.. scope.ByAgency(Items.AsQueryable(), i => i.Agency).Select(i => i.Name)];

    [Fact]
    public void Official_SeesOnlyTheirAgencysItems() =>
        Assert.Equal(["a"], Visible(CallerScope.Of(User(("role", "specialist"), ("agency", "000.00.02.H47")))));

    [Fact]
    public void PlatformOperator_SeesTheWholeProvince() =>
        Assert.Equal(["a", "b", "c"], Visible(CallerScope.Of(User(("role", "platform-operator")))));

    [Fact]
    public void OfficialWithoutAnAgency_SeesNothing() =>
        Assert.Empty(Visible(CallerScope.Of(User(("role", "specialist")))));

    [Fact]
    public void Anonymous_SeesNothing() => Assert.Empty(Visible(CallerScope.Of(new ClaimsPrincipal(new ClaimsIdentity()))));

    [Fact]
    public void Citizen_SeesOnlyTheirOwnItems()
    {
        var scope = CallerScope.Of(User(("role", "citizen"), ("sub", "049190005678")));

        Assert.Equal(["b"], scope.BySubject(Items.AsQueryable(), i => i.Subject).Select(i => i.Name));
        Assert.Empty(Visible(scope));
    }
}
