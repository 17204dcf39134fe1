using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Registry.Contracts;
using LienThong.Testing;

namespace LienThong.Registry.Tests.Api;

/// <summary>The Registry HTTP API over the seeded reference province; run on SQLite and PostgreSQL.</summary>
public abstract class RegistryApiTests
{
    private readonly HttpClient client;

    protected RegistryApiTests(LienThongApp app)
    {
        app.Database.RequireAvailable();
        client = app.CreateClient();
    }

    private Task<List<UnitDto>?> Units(string query) =>
        client.GetFromJsonAsync<List<UnitDto>>("/api/registry/units?" + query, TestContext.Current.CancellationToken);

    private async Task<int> CommunesUnder(IEnumerable<UnitDto> districts, string at)
    {
        var total = 0;
        foreach (var district in districts)
        {
            total += (await Units($"at={at}&parent={district.Code}&level=3"))!.Count;
        }
        return total;
    }

    [Fact]
    public async Task QuangNam_In2023_Has18DistrictLevelAnd241CommuneLevelUnits()
    {
        var districts = (await Units("at=2023-12-25&parent=49"))!;

        Assert.Equal(18, districts.Count);
        Assert.All(districts, d => Assert.Equal(2, d.Level));
        Assert.Equal(241, await CommunesUnder(districts, "2023-12-25"));
    }

    [Fact]
    public async Task QuangNam_On2025_03_01_Has17DistrictsAnd234CommuneRows_OneUnconfirmed()
    {
        var districts = (await Units("at=2025-03-01&parent=49"))!;
        var communes = new List<UnitDto>();
        foreach (var district in districts)
        {
            communes.AddRange((await Units($"at=2025-03-01&parent={district.Code}&level=3"))!);
        }

        Assert.Equal(17, districts.Count);
        Assert.Equal(234, communes.Count);
        Assert.Equal("20674", Assert.Single(communes, c => !c.Confirmed).Code);
    }

    [Fact]
    public async Task DaNang_On2025_07_01_Has94CommuneLevelUnits()
    {
        var communes = (await Units("at=2025-07-01&parent=48"))!;

        Assert.Equal(94, communes.Count(c => c.Level == 3));
        Assert.Contains(communes, c => c.Type == "Đặc khu");
    }

    [Fact]
    public async Task QuangNam_After2025_07_01_DoesNotExist_AndPointsToDaNang()
    {
        var response = await client.GetAsync("/api/registry/units/49?at=2025-07-01", TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/problems/registry/unit-not-found", problem.GetProperty("type").GetString());
        var successor = problem.GetProperty("history")[0].GetProperty("successors")[0];
        Assert.Equal("48", successor.GetProperty("code").GetString());
        Assert.Equal("2025-07-01", successor.GetProperty("effectiveDate").GetString());
    }

    [Fact]
    public async Task QuangNam_OnItsLastDay_ListsDaNangAsSuccessor()
    {
        var unit = await client.GetFromJsonAsync<UnitDetailDto>("/api/registry/units/49?at=2025-06-30", TestContext.Current.CancellationToken);

        Assert.Equal("Tỉnh Quảng Nam", unit!.Name);
        Assert.Equal("48", Assert.Single(unit.Successors).Code);
    }

    [Fact]
    public async Task ReusedCode_MeansTheUnitValidOnTheDateAsked()
    {
        var before = await client.GetFromJsonAsync<UnitDetailDto>("/api/registry/units/20242?at=2025-06-30", TestContext.Current.CancellationToken);
        var after = await client.GetFromJsonAsync<UnitDetailDto>("/api/registry/units/20242?at=2025-07-01", TestContext.Current.CancellationToken);

        Assert.Equal("Phường Phước Ninh", before!.Name);
        Assert.Equal("Phường Hải Châu", after!.Name);
        Assert.Contains(after.Predecessors, p => p.Name == "Phường Phước Ninh");
    }

    [Theory]
    [InlineData("tam ky")]
    [InlineData("Tam Kỳ")]
    [InlineData("TAM KY")]
    public async Task Search_MatchesWithOrWithoutDiacritics(string text)
    {
        var units = (await Units("at=2023-12-25&q=" + Uri.EscapeDataString(text)))!;

        Assert.Contains(units, u => u.Name == "Thành phố Tam Kỳ" && u.Code == "502");
    }

    [Theory]
    [InlineData("/api/registry/units?at=25-12-2023", "at")]
    [InlineData("/api/registry/units?at=2023-02-30", "at")]
    [InlineData("/api/registry/units?level=4", "level")]
    [InlineData("/api/registry/units?level=x", "level")]
    [InlineData("/api/registry/units/49?at=yesterday", "at")]
    [InlineData("/api/registry/agencies?at=2023/12/25", "at")]
    [InlineData("/api/registry/units?parent=49;drop", "parent")]
    [InlineData("/api/registry/units/4", "code")]
    [InlineData("/api/registry/agencies?unit=abc", "unit")]
    public async Task MalformedParameter_Is400_NamingTheField(string url, string field)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("/problems/validation", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task OverlongSearchText_Is400()
    {
        var response = await client.GetAsync("/api/registry/units?q=" + new string('a', 101), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownUnit_Is404Problem()
    {
        var response = await client.GetAsync("/api/registry/units/99999?at=2023-12-25", TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy đơn vị hành chính", problem.GetProperty("title").GetString());
        Assert.Equal(0, problem.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task ProvincialPeoplesCommittee_IsFoundByElectronicId()
    {
        var agency = await client.GetFromJsonAsync<AgencyDetailDto>("/api/registry/agencies/000.00.00.H47?at=2023-12-25",
            TestContext.Current.CancellationToken);

        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Nam", agency!.Name);
        Assert.False(agency.Synthetic);
        Assert.Equal("000.00.00.H15", Assert.Single(agency.Successors).Code);
    }

    [Fact]
    public async Task Agencies_OfAUnit_IncludeItsPeoplesCommittee()
    {
        var agencies = await client.GetFromJsonAsync<List<AgencyDto>>("/api/registry/agencies?at=2023-12-25&unit=502",
            TestContext.Current.CancellationToken);

        Assert.Contains(agencies!, a => a.Name == "Ủy ban nhân dân thành phố Tam Kỳ" && a.Level == "district");
    }

    [Fact]
    public async Task Agencies_OnTheReportDate_CoverEveryDistrictAndCommuneOfQuangNam()
    {
        var agencies = (await client.GetFromJsonAsync<List<AgencyDto>>("/api/registry/agencies?at=2023-12-25",
            TestContext.Current.CancellationToken))!;

        Assert.Equal(18, agencies.Count(a => a.Level == "district"));
        Assert.Equal(241, agencies.Count(a => a.Level == "commune"));
        Assert.Contains(agencies, a => a.ElectronicId == "000.00.00.G22");
    }

    [Fact]
    public async Task MalformedElectronicId_Is400_WithTheExpectedPattern()
    {
        var response = await client.GetAsync("/api/registry/agencies/H47", TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ddd.dd.dd.Xdd", problem.GetProperty("expectedPattern").GetString());
    }

    [Fact]
    public async Task UnknownAgency_Is404Problem()
    {
        var response = await client.GetAsync("/api/registry/agencies/999.99.99.H99", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class RegistryApiSqliteTests(SqliteApp app) : RegistryApiTests(app), IClassFixture<SqliteApp>;

public sealed class RegistryApiPostgresTests(PostgresApp app) : RegistryApiTests(app), IClassFixture<PostgresApp>;
