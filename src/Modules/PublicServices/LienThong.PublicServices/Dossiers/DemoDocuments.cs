using LienThong.BuildingBlocks.Pdf;
using LienThong.PublicServices.Domain;
using LienThong.PublicServices.Persistence;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LienThong.PublicServices.Dossiers;

/// <summary>
/// Demo only (not in Production): documents already in the stores of the two demo VNeID citizens, as if issued earlier —
/// a birth certificate (giấy chứng sinh) from the provincial hospital, to re-use for birth registration, and an
/// electronic certified copy of a land transfer contract, to re-use for the land transfer. Synthetic, marked as such.
/// </summary>
internal static class DemoDocuments
{
    private static readonly (string Owner, string EvidenceType, string Title, string Issuer, DateOnly IssuedOn, string[] Lines)[] Seed =
    [
        ("049085001234", "giay-chung-sinh", "Giấy chứng sinh (bé Nguyễn Minh Khang)", "Bệnh viện Đa khoa Trung ương Quảng Nam", new DateOnly(2026, 11, 20),
            ["Họ và tên mẹ: Trần Thị Hoa", "Họ và tên cha: Nguyễn Văn An", "Sinh lúc 08 giờ 15 ngày 20/11/2026", "Giới tính: Nam; cân nặng 3.200 gam"]),
        ("049085001234", "hop-dong-chuyen-nhuong", "Hợp đồng chuyển nhượng quyền sử dụng đất (bản sao điện tử có chứng thực)",
            "Ủy ban nhân dân phường Bàn Thạch", new DateOnly(2026, 11, 18),
            ["Bản sao điện tử được chứng thực từ bản chính (Nghị định 23/2015/NĐ-CP)", "Bên nhận chuyển nhượng: Nguyễn Văn An"]),
        ("049190005678", "hop-dong-chuyen-nhuong", "Hợp đồng chuyển nhượng quyền sử dụng đất (bản sao điện tử có chứng thực)",
            "Ủy ban nhân dân phường Bàn Thạch", new DateOnly(2026, 11, 18),
            ["Bản sao điện tử được chứng thực từ bản chính (Nghị định 23/2015/NĐ-CP)", "Bên nhận chuyển nhượng: Trần Thị Bình"]),
    ];

    public static async Task SeedAsync(PublicServicesDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        foreach (var (owner, type, title, issuer, issuedOn, lines) in Seed)
        {
            if (await db.StoredDocuments.AnyAsync(d => d.Owner == owner && d.EvidenceType == type && d.SourceDossier == null, cancellationToken))
            {
                continue;
            }
            var pdf = Render(title, issuer, issuedOn, lines);
            db.StoredDocuments.Add(new StoredDocument
            {
                Id = Guid.CreateVersion7(), Owner = owner, EvidenceType = type, Title = title, Issuer = issuer, IssuedOn = issuedOn,
                FileName = type + ".pdf", ContentType = "application/pdf", Sha256 = DossierFiles.Sha256(pdf), Content = pdf, AddedAt = time.GetUtcNow(),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static byte[] Render(string title, string issuer, DateOnly issuedOn, string[] lines)
    {
        PdfFonts.Register();
        using var document = new PdfDocument();
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using var graphics = XGraphics.FromPdfPage(page);
        var font = new XFont(PdfFonts.Serif, 13, XFontStyleEx.Regular);
        var bold = new XFont(PdfFonts.Serif, 14, XFontStyleEx.Bold);
        graphics.DrawString(issuer.ToUpperInvariant(), bold, XBrushes.Black, new XPoint(60, 70));
        graphics.DrawString(title, bold, XBrushes.Black, new XPoint(60, 130));
        var y = 170;
        foreach (var line in lines.Append($"Ngày cấp: {issuedOn:dd/MM/yyyy}").Append("(Dữ liệu mẫu của LienThong — không có giá trị pháp lý)"))
        {
            graphics.DrawString(line, font, XBrushes.Black, new XPoint(60, y));
            y += 22;
        }
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}
