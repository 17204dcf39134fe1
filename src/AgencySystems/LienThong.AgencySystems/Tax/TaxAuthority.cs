using System.Globalization;
using LienThong.AgencySystems.Persistence;
using LienThong.BuildingBlocks.Identifiers;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Time;
using LienThong.Exchange.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.AgencySystems.Tax;

/// <summary>
/// The tax authority's side of the land ↔ tax hand-off: from the land office's information slip it determines the
/// registration fee (0.5 % of the land's value at the provincial price table, Decree 10/2022/NĐ-CP Art. 7–8) and the
/// personal income tax on the transfer (2 % of the transfer price, Law on Personal Income Tax Art. 14 as amended;
/// Circular 111/2013/TT-BTC), issues a notice due in 30 days (Law on Tax Administration 2019; Decree 126/2020/NĐ-CP —
/// the period is as commonly applied, not confirmed against the text), and records the payment. The income tax base is the
/// contract price, or the land's value at the price table when the contract declares less (Decree 65/2013/NĐ-CP Art. 17 as
/// commonly applied). A claimed exemption between relatives (Law on Personal Income Tax Art. 4(1): spouses; parents and
/// children, adopted children, parents-in-law and children-in-law; grandparents and grandchildren; siblings) holds the
/// notice for a tax officer, who checks the proof and accepts or refuses it; until then the notice is not issued.
/// </summary>
internal static class TaxAuthority
{
    public const string BasePath = "/he-thong/thue/v1";
    public const decimal RegistrationFeeRate = 0.005m;
    public const decimal IncomeTaxRate = 0.02m;

    public static readonly ProblemType NotFound = new("tax/notice-not-found", 404, "Không có thông báo nộp tiền này", "No tax notice has this number.");

    public sealed record ParcelInfo(string UnitCode, int MapSheet, int Number, decimal Area, string Purpose);

    /// <summary>The information slip (phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai).</summary>
    /// <param name="Relationship">The relationship between transferor and transferee, when an exemption is claimed; null or
    /// <see cref="NoRelationship"/> otherwise.</param>
    public sealed record InformationSlip(string DossierCode, string SlipNumber, string TaxpayerId, string TaxpayerName, ParcelInfo Parcel,
        long TransferPrice, long LandPricePerSquareMetre, string? Relationship = null);

    public const string NoRelationship = "Không có quan hệ thân nhân";

    public sealed record Payment(long Amount, string Reference);

    /// <summary>200 with the issued notice, or 202 with a notice held for review (<c>status = review</c>).</summary>
    public static async Task<Results<Ok<TaxNotice>, Accepted<TaxNotice>, ProblemHttpResult>> ReceiveSlipAsync(InformationSlip slip, HttpRequest http,
        TaxDbContext db, TimeProvider time, CancellationToken ct)
    {
        var messageId = http.Headers[ExchangeHeaders.MessageId].ToString();
        if (await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.MessageId == messageId, ct) is { } issued)
        {
            return issued.Status == "review" ? TypedResults.Accepted($"{BasePath}/thong-bao/{issued.Number}", issued) : TypedResults.Ok(issued);
        }
        var errors = new Dictionary<string, string[]>();
        if ((PersonalIdNumber.IsValid(slip.TaxpayerId) || TaxCode.IsValid(slip.TaxpayerId)) is false)
        {
            errors["taxpayerId"] = ["Mã số thuế hoặc số định danh cá nhân không hợp lệ."];
        }
        if (slip.Parcel is null || slip.Parcel.Area <= 0)
        {
            errors["parcel"] = ["Thiếu thông tin thửa đất hoặc diện tích."];
        }
        if (slip.TransferPrice <= 0 || slip.LandPricePerSquareMetre <= 0)
        {
            errors["transferPrice"] = ["Giá chuyển nhượng và giá đất theo bảng giá phải dương."];
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var now = time.GetUtcNow();
        var landValue = (long)Math.Round(slip.Parcel!.Area * slip.LandPricePerSquareMetre, MidpointRounding.AwayFromZero);
        var fee = (long)Math.Round(landValue * RegistrationFeeRate, MidpointRounding.AwayFromZero);
        var tax = (long)Math.Round(Math.Max(slip.TransferPrice, landValue) * IncomeTaxRate, MidpointRounding.AwayFromZero);
        var claimed = !string.IsNullOrWhiteSpace(slip.Relationship) && slip.Relationship != NoRelationship;
        var notice = new TaxNotice
        {
            // From the slip's message id: unique without a counter that two slips could read at once.
            Number = $"TB-{VietnamTime.ToVietnam(now):yyyyMMdd}-"
                + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(messageId)))[..10],
            MessageId = messageId, DossierCode = slip.DossierCode, SlipNumber = slip.SlipNumber, TaxpayerId = slip.TaxpayerId,
            TaxpayerName = slip.TaxpayerName, Parcel = $"{slip.Parcel.UnitCode}/{slip.Parcel.MapSheet}/{slip.Parcel.Number}", LandValue = landValue,
            TransferPrice = slip.TransferPrice, RegistrationFee = fee, IncomeTax = tax, Total = fee + tax, IssuedAt = now,
            DueDate = VietnamTime.Today(time).AddDays(30), Relationship = claimed ? slip.Relationship!.Trim() : null,
            Status = claimed ? "review" : "unpaid",
            Review = claimed ? $"Đề nghị miễn thuế thu nhập cá nhân do chuyển nhượng giữa {slip.Relationship!.Trim()} (Luật Thuế TNCN, Điều 4 khoản 1): chờ cán bộ thuế kiểm tra giấy tờ chứng minh quan hệ." : null,
        };
        db.Notices.Add(notice);
        await db.SaveChangesAsync(ct);
        return claimed ? TypedResults.Accepted($"{BasePath}/thong-bao/{notice.Number}", notice) : TypedResults.Ok(notice);
    }

    public static async Task<Results<Ok<TaxNotice>, ProblemHttpResult>> GetAsync(string number, TaxDbContext db, CancellationToken ct) =>
        await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.Number == number, ct) is { } notice
            ? TypedResults.Ok(notice)
            : Problems.Of(NotFound, $"Không có thông báo {number}.");

    /// <summary>
    /// A tax officer's decision on a notice held for review (the tax system's own staff, not a gateway call): the exemption
    /// accepted (no income tax) or refused (income tax due); either way the notice is issued. Returns an error in Vietnamese, or null.
    /// </summary>
    public static async Task<string?> ReviewAsync(IServiceProvider services, string number, bool accept, string officer, string? note,
        CancellationToken ct)
    {
        var db = services.GetRequiredService<TaxDbContext>();
        var time = services.GetRequiredService<TimeProvider>();
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Number == number, ct);
        if (notice is null)
        {
            return $"Không có thông báo {number}.";
        }
        if (notice.Status != "review")
        {
            return $"Thông báo {number} không chờ xét duyệt.";
        }
        if (accept)
        {
            notice.IncomeTax = 0;
        }
        notice.Total = notice.RegistrationFee + notice.IncomeTax;
        (notice.Status, notice.IssuedAt) = ("unpaid", time.GetUtcNow());
        notice.Review = $"{notice.Review} — {officer}: {(accept ? "chấp nhận miễn thuế TNCN" : "không chấp nhận miễn thuế TNCN")}{(string.IsNullOrWhiteSpace(note) ? "" : " (" + note.Trim() + ")")}.";
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Records a payment; the notice is paid once the amount covers the total (paying twice changes nothing).</summary>
    public static async Task<Results<Ok<TaxNotice>, ProblemHttpResult>> PayAsync(string number, Payment payment, TaxDbContext db, TimeProvider time,
        CancellationToken ct)
    {
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Number == number, ct);
        if (notice is null)
        {
            return Problems.Of(NotFound, $"Không có thông báo {number}.");
        }
        if (notice.Status == "paid")
        {
            return TypedResults.Ok(notice);
        }
        if (notice.Status == "review")
        {
            return Problems.Invalid("number", $"Thông báo {number} đang chờ cán bộ thuế xét duyệt; chưa nộp được.");
        }
        if (payment.Amount < notice.Total)
        {
            return Problems.Invalid("amount", $"Số tiền {payment.Amount.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} đồng chưa đủ {notice.Total.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} đồng.");
        }
        (notice.Status, notice.PaidAt, notice.PaymentReference) = ("paid", time.GetUtcNow(), payment.Reference);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(notice);
    }
}
