using System.Globalization;
using ClosedXML.Excel;

namespace LienThong.Indicators.ServiceQuality;

/// <summary>
/// The index as an Excel workbook or a PDF table: the unit, period, total and band, then each group and its indicators with
/// their basis.
/// </summary>
internal static class IndexWorkbook
{
    public static byte[] Pdf(IndexReport report)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var group in report.Groups)
        {
            rows.Add([group.Code, group.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), Number(group.Max), Number(group.Score), "", ""]);
            rows.AddRange(group.Indicators.Select(i => (IReadOnlyList<string>)[i.Code, i.Name, Number(i.Max), Number(i.Score),
                i.NoData ? "Không có dữ liệu" : $"{Number(i.Value)} {i.Unit}" + (i.Numerator is { } n && i.Unit == "%" ? $" ({Number(n)}/{Number(i.Denominator)})" : ""),
                i.Source == "computed" ? "Tính từ dữ liệu nền tảng" : string.Join("; ", i.Evidence)]));
        }
        var summary = report.NoData ? "Không có dữ liệu trong kỳ." : $"Tổng điểm {Number(report.Total)}/{Number(report.Max)}" + (report.Band is null ? "" : $", xếp loại {report.Band}");
        return LienThong.BuildingBlocks.Pdf.PdfTable.Render(
            $"{report.UnitName.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}: {summary}",
            $"{report.Basis}. Kỳ {report.From:dd/MM/yyyy} – {report.To:dd/MM/yyyy}.",
            ["Mã", "Nhóm, chỉ số", "Tối đa", "Điểm", "Giá trị", "Nguồn, minh chứng"], [6, 52, 8, 8, 18, 30], rows);
    }

    public static byte[] Create(IndexReport report)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Chỉ số 766");
        sheet.Cell(1, 1).Value = "CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = report.Basis;
        sheet.Cell(3, 1).Value = $"Đơn vị: {report.UnitName} ({report.Unit}); kỳ {report.From:dd/MM/yyyy} – {report.To:dd/MM/yyyy}";
        sheet.Cell(4, 1).Value = report.NoData ? "Không có dữ liệu trong kỳ."
            : $"Tổng điểm: {Number(report.Total)}/{Number(report.Max)}; xếp loại: {report.Band}" +
              (report.Complete ? "" : $" (thiếu dữ liệu {report.Missing.Count} chỉ số: {string.Join(", ", report.Missing)})");
        string[] header = ["Mã", "Nhóm, chỉ số", "Điểm tối đa", "Điểm", "Giá trị", "Đơn vị", "Tử số", "Mẫu số", "Nguồn", "Minh chứng"];
        var row = 6;
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(row, c + 1).Value = header[c];
            sheet.Cell(row, c + 1).Style.Font.Bold = true;
        }
        foreach (var group in report.Groups)
        {
            row++;
            sheet.Cell(row, 1).Value = group.Code;
            sheet.Cell(row, 2).Value = group.Name;
            sheet.Cell(row, 3).Value = group.Max;
            Put(sheet.Cell(row, 4), group.Score);
            sheet.Row(row).Style.Font.Bold = true;
            foreach (var indicator in group.Indicators)
            {
                row++;
                sheet.Cell(row, 1).Value = indicator.Code;
                sheet.Cell(row, 2).Value = indicator.Name;
                sheet.Cell(row, 3).Value = indicator.Max;
                Put(sheet.Cell(row, 4), indicator.Score);
                Put(sheet.Cell(row, 5), indicator.Value);
                sheet.Cell(row, 6).Value = indicator.Unit ?? "";
                Put(sheet.Cell(row, 7), indicator.Numerator);
                Put(sheet.Cell(row, 8), indicator.Denominator);
                sheet.Cell(row, 9).Value = indicator.Source == "computed" ? "Tính từ hồ sơ trên nền tảng" : "Nhập, đã duyệt";
                sheet.Cell(row, 10).Value = indicator.NoData ? "Không có dữ liệu" : string.Join("; ", indicator.Evidence);
            }
        }
        sheet.Column(2).Width = 70;
        sheet.Column(10).Width = 50;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Put(IXLCell cell, decimal? value)
    {
        if (value is { } v)
        {
            cell.Value = v;
        }
        else
        {
            cell.Value = "Không có dữ liệu";
        }
    }

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")) ?? "—";
}
