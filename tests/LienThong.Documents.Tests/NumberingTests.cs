using LienThong.Documents.Domain;
using LienThong.Documents.Numbering;
using LienThong.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Documents.Tests;

/// <summary>Numbers per agency, series and year (Decree 30/2020/NĐ-CP Art. 15), unique and consecutive under concurrency.</summary>
public abstract class NumberingTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> NextAsync(string agency, int year, string series = DocumentNumbering.Administrative)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentNumbering>().NextAsync(agency, year, series, Ct);
    }

    [Fact]
    public async Task HundredParallelIssues_GetHundredConsecutiveNumbers_AndEachSeriesAndYearStartsAtOne()
    {
        app.Database.RequireAvailable();

        var numbers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => NextAsync("000.00.00.H15", 2026))));
        var secret = await NextAsync("000.00.00.H15", 2026, DocumentNumbering.Secret);
        var nextYear = await NextAsync("000.00.00.H15", 2027);
        var otherAgency = await NextAsync("000.17.99.H15", 2026);

        Assert.Equal(Enumerable.Range(1, 100), numbers.Order());
        Assert.Equal(1, secret);
        Assert.Equal(1, nextYear);
        Assert.Equal(1, otherAgency);
    }

    [Theory]
    [InlineData("000.00.00", 2026, "hanh-chinh")]
    [InlineData("000.00.00.H15", 1999, "hanh-chinh")]
    [InlineData("000.00.00.H15", 2026, "Sổ mật; DROP")]
    public async Task BadAgencyYearOrSeries_IsRefused(string agency, int year, string series)
    {
        app.Database.RequireAvailable();
        await Assert.ThrowsAsync<ArgumentException>(() => NextAsync(agency, year, series));
    }
}

public sealed class SqliteNumberingTests(SqliteApp app) : NumberingTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresNumberingTests(PostgresApp app) : NumberingTests(app), IClassFixture<PostgresApp>;

/// <summary>Notation and the date line as Decree 30/2020/NĐ-CP Appendix I writes them.</summary>
public sealed class NotationTests
{
    [Fact]
    public void TwentyNineTypes_WithTheirAbbreviations_AndTheCopies()
    {
        Assert.Equal(29, DocumentTypes.All.Count);
        Assert.Equal("QyĐ", DocumentTypes.All.Single(t => t.Name == "Quy định").Code);
        Assert.Equal("TTr", DocumentTypes.Find("TTr")!.Code);
        Assert.True(DocumentTypes.Find("CV")!.NoAbbreviation);
        Assert.Equal(["SY", "TrS", "SL"], DocumentTypes.Copies.Select(c => c.Code));
        Assert.Equal(DocumentTypes.All.Count, DocumentTypes.All.Select(t => t.Code).Distinct().Count());
    }

    [Fact]
    public void Notation_ForATypedDocument_AndForACongVan()
    {
        Assert.Equal("Số: 05/QĐ-UBND", Notation.NumberLine(5, Notation.Of(DocumentTypes.Find("QĐ")!, "UBND", null).Notation!));
        Assert.Equal("Số: 12/UBND-VX", Notation.NumberLine(12, Notation.Of(DocumentTypes.Find("CV")!, "UBND", "VX").Notation!));
        Assert.Equal("Số: 123/TTr-SNNMT", Notation.NumberLine(123, Notation.Of(DocumentTypes.Find("TTr")!, "SNNMT", null).Notation!));
        Assert.Contains("thiếu chữ viết tắt đơn vị", Notation.Of(DocumentTypes.Find("CV")!, "UBND", null).Error, StringComparison.Ordinal);
        Assert.NotNull(Notation.Of(DocumentTypes.Find("QĐ")!, "UB ND", null).Error);
        Assert.NotNull(Notation.Of(DocumentTypes.Find("CV")!, "UBND", "V/X").Error);
        Assert.Throws<ArgumentOutOfRangeException>(() => Notation.Number(0));
    }

    [Theory]
    [InlineData("2024-01-05", "Quảng Nam, ngày 05 tháng 01 năm 2024")]
    [InlineData("2019-06-29", "Quảng Nam, ngày 29 tháng 6 năm 2019")]
    [InlineData("2026-02-09", "Quảng Nam, ngày 09 tháng 02 năm 2026")]
    [InlineData("2025-12-31", "Quảng Nam, ngày 31 tháng 12 năm 2025")]
    public void PlaceAndDate_PadsDaysBelowTenAndJanuaryAndFebruary(string date, string expected) =>
        Assert.Equal(expected, Notation.PlaceAndDate("Quảng Nam", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
