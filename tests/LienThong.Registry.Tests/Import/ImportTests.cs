using LienThong.Registry.Contracts;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Registry.Tests.Import;

/// <summary>The Registry CSV import: all rows or none, errors by line; run on SQLite and PostgreSQL.</summary>
public abstract class ImportTests
{
    private const string UnitsHeader = "code,name,type,level,parent_code,valid_from,valid_to,confirmed,source,note";
    private readonly LienThongApp app;

    protected ImportTests(LienThongApp app)
    {
        app.Database.RequireAvailable();
        this.app = app;
    }

    private async Task<Features.ImportRegistryData.ImportOutcome> ImportAsync(params string[] lines)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRegistryAdministration>()
            .ImportAsync(new StringReader(string.Join('\n', lines)), TestContext.Current.CancellationToken);
    }

    private async Task<IReadOnlyList<UnitDto>> UnitsAsync(UnitQuery query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRegistryDirectory>().ListUnitsAsync(query, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task FileWithOneBadRow_IsRefusedWhole_WithItsLineNumber()
    {
        var outcome = await ImportAsync(UnitsHeader,
            "91,Tỉnh Thử Nghiệm,Tỉnh,1,,2030-01-01,,yes,,",
            "910,Huyện Thử Nghiệm,Huyện,2,91,2030-01-01,,yes,,",
            "91001,Xã Thử Nghiệm,Làng,3,910,2030-01-01,,yes,,");

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("Làng", error.Message, StringComparison.Ordinal);
        Assert.Empty(await UnitsAsync(new UnitQuery(new DateOnly(2030, 6, 1), Text: "Thử Nghiệm")));
    }

    [Fact]
    public async Task EveryBadRow_IsReported()
    {
        var outcome = await ImportAsync(UnitsHeader,
            "92,Tỉnh A,Tỉnh,1,,01/01/2030,,yes,,",
            "920,Huyện B,Huyện,2,99,2030-01-01,,yes,,",
            "9,Tỉnh C,Tỉnh,1,,2030-01-01,2029-01-01,maybe,,");

        Assert.Equal([2, 3, 4, 4, 4], outcome.Errors.Select(e => e.Line).Order());
    }

    [Fact]
    public async Task ImportingTheSameFileTwice_UpdatesInsteadOfDuplicating()
    {
        string[] file = [UnitsHeader, "93,Tỉnh Lặp Lại,Tỉnh,1,,2031-01-01,,yes,,"];

        var first = await ImportAsync(file);
        var second = await ImportAsync(file);

        Assert.Equal((1, 0), (first.Inserted, first.Updated));
        Assert.Equal((0, 1), (second.Inserted, second.Updated));
        Assert.Single(await UnitsAsync(new UnitQuery(new DateOnly(2031, 6, 1), Text: "Lặp Lại")));
    }

    [Fact]
    public async Task VersionOverlappingAnExistingOne_IsRefused()
    {
        // Tỉnh Quảng Nam (49) is valid until 2025-07-01; a second version from 2025-01-01 would overlap it.
        var outcome = await ImportAsync(UnitsHeader, "49,Tỉnh Quảng Nam,Tỉnh,1,,2025-01-01,,yes,,");

        Assert.Contains("chồng lên", Assert.Single(outcome.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgencyWithMalformedElectronicId_IsRefused_WithThePattern()
    {
        var outcome = await ImportAsync(
            "electronic_id,name,abbreviation,level,parent_electronic_id,unit_code,valid_from,valid_to,synthetic,note",
            "H47-001,Sở Thử nghiệm,STN,province,000.00.00.H47,49,,,yes,");

        Assert.Contains("ddd.dd.dd.Xdd", Assert.Single(outcome.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuccessionFromAUnitThatDidNotExist_IsRefused()
    {
        var outcome = await ImportAsync("old_code,new_code,kind,effective_date,legal_basis,confirmed",
            "88888,48,full,2025-07-01,,yes");

        Assert.Equal(2, Assert.Single(outcome.Errors).Line);
    }

    [Fact]
    public async Task UnknownFileFormat_IsRefused()
    {
        var outcome = await ImportAsync("a,b,c", "1,2,3");

        Assert.False(outcome.Succeeded);
        Assert.Equal(1, Assert.Single(outcome.Errors).Line);
    }
}

public sealed class ImportSqliteTests(SqliteApp app) : ImportTests(app), IClassFixture<SqliteApp>;

public sealed class ImportPostgresTests(PostgresApp app) : ImportTests(app), IClassFixture<PostgresApp>;
