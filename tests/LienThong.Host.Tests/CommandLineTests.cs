using System.Text.Json;

namespace LienThong.Host.Tests;

/// <summary>The <c>lienthong</c> executable run as a real process on a fresh SQLite data folder.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("lienthong-cli-").FullName;

    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        LienThongProcess.RunAsync(dataDirectory, null, args);

    [Fact]
    public async Task UnitsList_AsJson_GivesTheDistrictsOfQuangNamIn2023()
    {
        var (exit, output, error) = await RunAsync("units", "list", "--at", "2023-12-25", "--parent", "49", "--json");

        Assert.True(exit == 0, error);
        var units = JsonDocument.Parse(output).RootElement;
        Assert.Equal(18, units.GetArrayLength());
        Assert.Equal("Thành phố Tam Kỳ", units[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task UnitsList_WithAMalformedDate_FailsWithAVietnameseMessage()
    {
        var (exit, _, error) = await RunAsync("units", "list", "--at", "25/12/2023");

        Assert.NotEqual(0, exit);
        Assert.Contains("không phải ngày", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitsImport_RefusesAFileWithABadRow_NamingTheLine_AndAppliesNothing()
    {
        var file = Path.Combine(dataDirectory, "units.csv");
        await File.WriteAllTextAsync(file, """
            code,name,type,level,parent_code,valid_from,valid_to,confirmed,source,note
            94,Tỉnh Mới,Tỉnh,1,,2030-01-01,,yes,,
            940,Huyện Mới,Huyện,2,,2030-01-01,,yes,,
            """, TestContext.Current.CancellationToken);

        var (exit, _, error) = await RunAsync("units", "import", file);
        var (_, after, _) = await RunAsync("units", "list", "--at", "2030-06-01", "--level", "1", "--json");

        Assert.Equal(1, exit);
        Assert.Contains("dòng 3", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Tỉnh Mới", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitsImport_OfAGoodFile_IsApplied()
    {
        var file = Path.Combine(dataDirectory, "units.csv");
        await File.WriteAllTextAsync(file, """
            code,name,type,level,parent_code,valid_from,valid_to,confirmed,source,note
            95,Tỉnh Thử,Tỉnh,1,,2030-01-01,,yes,Nghị quyết thử,
            """, TestContext.Current.CancellationToken);

        var (exit, output, error) = await RunAsync("units", "import", file);
        var (_, after, _) = await RunAsync("units", "list", "--at", "2030-06-01", "--level", "1");

        Assert.True(exit == 0, error);
        Assert.Contains("1 mới", output, StringComparison.Ordinal);
        Assert.Contains("Tỉnh Thử", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorsImport_RefusesABadFileWhole_ThenReportWritesTheIndexToExcel()
    {
        var bad = Path.Combine(dataDirectory, "bad.csv");
        var good = Path.Combine(dataDirectory, "good.csv");
        var workbook = Path.Combine(dataDirectory, "index.xlsx");
        await File.WriteAllTextAsync(bad, "framework,indicator,unit,period,value,evidence\n766,1.1,49,2024-Q1,80,Báo cáo 3/BC-VP\n766,1.2,49,2024-Q1,80,\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(good, "framework,indicator,unit,period,value,evidence\n766,1.1,49,2024-Q1,80,Báo cáo 3/BC-VP\n", TestContext.Current.CancellationToken);

        var refused = await RunAsync("indicators", "import", bad, "--as", "chuyenvien.vpubnd");
        var notOurs = await RunAsync("indicators", "import", good, "--as", "chuyenvien.stnmt");
        var imported = await RunAsync("indicators", "import", good, "--as", "chuyenvien.vpubnd");
        var report = await RunAsync("indicators", "report", "--unit", "49", "--period", "2024-Q1", "--out", workbook);
        var badPeriod = await RunAsync("indicators", "report", "--unit", "49", "--period", "2024-Q5", "--out", workbook + "2");

        Assert.Equal(1, refused.Exit);
        Assert.Contains("dòng 3", refused.Error, StringComparison.Ordinal);
        Assert.Equal(1, notOurs.Exit);
        Assert.Contains("dòng 2", notOurs.Error, StringComparison.Ordinal);
        Assert.True(imported.Exit == 0, imported.Error);
        Assert.Contains("Đã nhập 1 số liệu", imported.Out, StringComparison.Ordinal);
        // Submitted, not approved: the quarter has no data at all on a fresh platform.
        Assert.True(report.Exit == 0, report.Error);
        Assert.Contains("không có dữ liệu", report.Out, StringComparison.Ordinal);
        using (var xlsx = new ClosedXML.Excel.XLWorkbook(workbook))
        {
            var sheet = xlsx.Worksheet(1);
            Assert.Contains("Tỉnh Quảng Nam (49)", sheet.Cell(3, 1).GetString(), StringComparison.Ordinal);
            Assert.Equal("Không có dữ liệu trong kỳ.", sheet.Cell(4, 1).GetString());
            Assert.Equal("Công khai, minh bạch", sheet.Cell(7, 2).GetString());
        }
        Assert.Equal(1, badPeriod.Exit);
        Assert.False(File.Exists(workbook + "2"));
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("seed")]
    [InlineData("units", "list")]
    [InlineData("units", "import")]
    [InlineData("indicators", "import")]
    [InlineData("indicators", "report")]
    public async Task EverySubcommand_HasHelp(params string[] command)
    {
        var (exit, output, _) = await RunAsync([.. command, "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_IsIdempotent()
    {
        var (exit, output, error) = await RunAsync("seed");

        Assert.True(exit == 0, error);
        Assert.Contains("units: +0 mới", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp folders harm nothing.
        }
    }
}
