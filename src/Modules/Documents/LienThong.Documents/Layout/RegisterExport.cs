using ClosedXML.Excel;
using LienThong.BuildingBlocks.Pdf;

namespace LienThong.Documents.Layout;

/// <summary>
/// A register as a table (the columns of Decree 30/2020/NĐ-CP Appendix IV's outgoing and incoming registers), exported to
/// Excel (ClosedXML) or to a landscape A4 PDF (PDFsharp, Liberation Serif) with the header repeated on each page.
/// </summary>
/// <param name="Widths">Relative column widths.</param>
internal sealed record RegisterTable(string Title, string Agency, IReadOnlyList<string> Headers, IReadOnlyList<double> Widths,
    IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public byte[] ToExcel()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("So dang ky");
        sheet.Cell(1, 1).Value = Agency;
        sheet.Cell(2, 1).Value = Title;
        sheet.Cell(2, 1).Style.Font.Bold = true;
        for (var c = 0; c < Headers.Count; c++)
        {
            var cell = sheet.Cell(4, c + 1);
            cell.Value = Headers[c];
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            sheet.Column(c + 1).Width = Math.Max(8, Widths[c] * 6);
        }
        for (var r = 0; r < Rows.Count; r++)
        {
            for (var c = 0; c < Headers.Count; c++)
            {
                var cell = sheet.Cell(5 + r, c + 1);
                // Text as text: a number-and-notation such as 05/UBND-VX or a date must not become a formula or a number.
                cell.SetValue(Rows[r][c]);
                cell.Style.Alignment.WrapText = true;
                cell.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            }
        }
        sheet.SheetView.FreezeRows(4);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    public byte[] ToPdf() => PdfTable.Render(Title, Agency, Headers, Widths, Rows);
}
