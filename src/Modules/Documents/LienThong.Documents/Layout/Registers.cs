using System.Globalization;
using LienThong.Documents.Domain;
using LienThong.Documents.Drafting;
using LienThong.Documents.EdXml;

namespace LienThong.Documents.Layout;

/// <summary>The registers' columns as Decree 30/2020/NĐ-CP Appendix IV lays out the outgoing and incoming registers.</summary>
internal static class Registers
{
    public static RegisterTable Outgoing(string agency, int year, IReadOnlyList<OfficialDocument> documents) => new(
        $"SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM {year}", agency,
        ["Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung văn bản", "Người ký", "Nơi nhận văn bản",
            "Đơn vị, người nhận bản lưu", "Số lượng bản", "Ghi chú"],
        [2, 1.4, 4.5, 2, 3, 1.6, 1, 1.5],
        [.. documents.Select(d => (IReadOnlyList<string>)
        [
            $"{Numbering.Notation.Number(d.Number!.Value)}/{d.Notation}", Date(d.IssuedOn!.Value),
            $"{DocumentTypes.Find(d.TypeCode)?.Name} {d.Subject}".Trim(), $"{d.SignerCompetence} {d.SignerTitle} {d.SignerName}".Trim(),
            string.Join("; ", DocumentDesk.Read(d.Recipients)), $"VT, {d.DraftingUnit}".TrimEnd(',', ' '), "1",
            string.Join(" ", new[] { d.Urgency, d.Secrecy }.OfType<string>()),
        ])]);

    public static RegisterTable Incoming(string agency, int year, IReadOnlyList<IncomingDocument> documents) => new(
        $"SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM {year}", agency,
        ["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Tình trạng",
            "Ghi chú"],
        [1.3, 1, 2.5, 2, 1.3, 4.5, 2, 1.8, 1.5],
        [.. documents.Select(i => (IReadOnlyList<string>)
        [
            i.ArrivalDate is { } arrived ? Date(arrived) : "", i.ArrivalNumber?.ToString("00", CultureInfo.InvariantCulture) ?? "", i.FromName,
            $"{i.CodeNumber}/{i.CodeNotation}", Date(i.PromulgationDate), $"{i.TypeName} {i.Subject}".Trim(), i.AssignedTo ?? "",
            EdXmlStatusCodes.NameOf(i.Status), i.SupersededBy is null ? "" : $"Đã được thay thế/thu hồi bởi {i.SupersededBy}",
        ])]);

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
