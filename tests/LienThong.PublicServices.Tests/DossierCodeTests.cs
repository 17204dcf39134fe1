using LienThong.PublicServices.Dossiers;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.PublicServices.Tests;

/// <summary>Dossier codes per agency and day (Circular 01/2018/TT-VPCP Art. 19), unique and without gaps under concurrency.</summary>
public abstract class DossierCodeTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> NextAsync(string agency, DateOnly day)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DossierCodes>().NextAsync(agency, day, Ct);
    }

    [Fact]
    public async Task ConcurrentReceipts_GetDistinctConsecutiveNumbers_PerAgencyAndDay()
    {
        app.Database.RequireAvailable();
        var day = new DateOnly(2026, 11, 26);

        var codes = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => Task.Run(() => NextAsync("000.01.02.H47", day))));
        var otherAgency = await NextAsync("000.00.00.H47", day);
        var nextDay = await NextAsync("000.01.02.H47", day.AddDays(1));

        Assert.Equal(Enumerable.Range(1, 60).Select(n => $"000.01.02.H47-261126-{n:0000}"), codes.Order(StringComparer.Ordinal));
        Assert.Equal("000.00.00.H47-261126-0001", otherAgency);
        Assert.Equal("000.01.02.H47-261127-0001", nextDay);
    }

    [Fact]
    public async Task AMalformedAgencyId_IsRefused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => NextAsync("000.01.02", new DateOnly(2026, 11, 26)));
}

public sealed class SqliteDossierCodeTests(SqliteApp app) : DossierCodeTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresDossierCodeTests(PostgresApp app) : DossierCodeTests(app), IClassFixture<PostgresApp>;
