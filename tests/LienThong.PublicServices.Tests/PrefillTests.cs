using LienThong.BuildingBlocks.Identifiers;
using LienThong.Exchange.Features;
using LienThong.PublicServices.Catalogue;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.PublicServices.Tests;

/// <summary>
/// "Declare once": the form's population fields come from the population register, read through the gateway over real
/// HTTP as the provincial portal, for the procedure's purpose — and the read shows in the citizen's data tracker.
/// </summary>
public abstract class PrefillTests(LiveHost host)
{
    private const string An = "049085001234";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<PrefillResult> PrefillAsync(string procedure, string pid)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IProcedurePrefill>().PrefillAsync(procedure, pid, Ct);
    }

    [Fact]
    public async Task BirthRegistration_IsPrefilledFromThePopulationRegister_AndTheReadIsTracked()
    {
        host.Database.RequireAvailable();

        var result = await PrefillAsync("1.001193", An);

        Assert.Null(result.Problem);
        Assert.Equal("Nguyễn Văn An", result.Values["declarantName"]);
        Assert.Equal(An, result.Values["declarantId"]);
        Assert.False(result.Values.ContainsKey("childName")); // the citizen declares the child
        await using var scope = host.Services.CreateAsyncScope();
        var tracked = await scope.ServiceProvider.GetRequiredService<DataTracker>().ForAsync(An, 50, Ct);
        Assert.Contains(tracked, e => e.Consumer == ProcedurePrefill.Portal && e.Purpose?.Contains("1.001193", StringComparison.Ordinal) == true
            && e.Outcome == "forwarded");
    }

    [Fact]
    public async Task LandTransfer_GetsTheAddressToo()
    {
        host.Database.RequireAvailable();

        var result = await PrefillAsync("1.013831", An);

        Assert.Null(result.Problem);
        Assert.False(string.IsNullOrWhiteSpace(result.Values["address"]));
        Assert.Equal(An, result.Values["personalId"]);
    }

    [Fact]
    public async Task SomeoneNotInTheRegister_IsAskedToDeclare_AndNothingIsInvented()
    {
        host.Database.RequireAvailable();
        const string stranger = "049099123456";
        Assert.True(PersonalIdNumber.IsValid(stranger));

        var result = await PrefillAsync("1.001193", stranger);
        var malformed = await PrefillAsync("1.001193", "12345");

        Assert.Empty(result.Values);
        Assert.Contains("tự khai", result.Problem, StringComparison.Ordinal);
        Assert.NotNull(result.MessageId);
        Assert.Empty(malformed.Values);
        Assert.NotNull(malformed.Problem);
    }
}

public sealed class SqlitePrefillHost() : LiveHost(new SqliteTestDatabase());

public sealed class PostgresPrefillHost() : LiveHost(new PostgresTestDatabase());

public sealed class SqlitePrefillTests(SqlitePrefillHost host) : PrefillTests(host), IClassFixture<SqlitePrefillHost>;

public sealed class PostgresPrefillTests(PostgresPrefillHost host) : PrefillTests(host), IClassFixture<PostgresPrefillHost>;
