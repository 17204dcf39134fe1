using System.Globalization;
using LienThong.AgencySystems.Persistence;
using LienThong.BuildingBlocks.Identifiers;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Time;
using LienThong.Exchange.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LienThong.AgencySystems.Tax;

/// <summary>
/// The tax authority's side of the land ↔ tax hand-off: from the land office's information slip it determines the
/// registration fee (0.5 % of the land's value at the provincial price table, Decree 10/2022/NĐ-CP Art. 7–8) and the
/// personal income tax on the transfer (2 % of the transfer price, Law on Personal Income Tax Art. 14 as amended;
/// Circular 111/2013/TT-BTC), issues a notice due in 30 days (Law on Tax Administration 2019; Decree 126/2020/NĐ-CP —
/// the period is as commonly applied, not confirmed against the text), and records the payment. Exemptions (transfers
/// between spouses, parents and children…) are not modelled yet.
/// </summary>
internal static class TaxAuthority
{
    public const string BasePath = "/he-thong/thue/v1";
    public const decimal RegistrationFeeRate = 0.005m;
    public const decimal IncomeTaxRate = 0.02m;

    public static readonly ProblemType NotFound = new("tax/notice-not-found", 404, "Không có thông báo nộp tiền này", "No tax notice has this number.");

    public sealed record ParcelInfo(string UnitCode, int MapSheet, int Number, decimal Area, string Purpose);

    /// <summary>The information slip (phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai).</summary>
    public sealed record InformationSlip(string DossierCode, string SlipNumber, string TaxpayerId, string TaxpayerName, ParcelInfo Parcel,
        long TransferPrice, long LandPricePerSquareMetre);

    public sealed record Payment(long Amount, string Reference);

    public static async Task<Results<Ok<TaxNotice>, ProblemHttpResult>> ReceiveSlipAsync(InformationSlip slip, HttpRequest http, TaxDbContext db,
        TimeProvider time, CancellationToken ct)
    {
        var messageId = http.Headers[ExchangeHeaders.MessageId].ToString();
        if (await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.MessageId == messageId, ct) is { } issued)
        {
            return TypedResults.Ok(issued);
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
        var tax = (long)Math.Round(slip.TransferPrice * IncomeTaxRate, MidpointRounding.AwayFromZero);
        var notice = new TaxNotice
        {
            // From the slip's message id: unique without a counter that two slips could read at once.
            Number = $"TB-{VietnamTime.ToVietnam(now):yyyyMMdd}-"
                + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(messageId)))[..10],
            MessageId = messageId, DossierCode = slip.DossierCode, SlipNumber = slip.SlipNumber, TaxpayerId = slip.TaxpayerId,
            TaxpayerName = slip.TaxpayerName, Parcel = $"{slip.Parcel.UnitCode}/{slip.Parcel.MapSheet}/{slip.Parcel.Number}", LandValue = landValue,
            TransferPrice = slip.TransferPrice, RegistrationFee = fee, IncomeTax = tax, Total = fee + tax, IssuedAt = now,
            DueDate = VietnamTime.Today(time).AddDays(30),
        };
        db.Notices.Add(notice);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(notice);
    }

    public static async Task<Results<Ok<TaxNotice>, ProblemHttpResult>> GetAsync(string number, TaxDbContext db, CancellationToken ct) =>
        await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.Number == number, ct) is { } notice
            ? TypedResults.Ok(notice)
            : Problems.Of(NotFound, $"Không có thông báo {number}.");

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
        if (payment.Amount < notice.Total)
        {
            return Problems.Invalid("amount", $"Số tiền {payment.Amount.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} đồng chưa đủ {notice.Total.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} đồng.");
        }
        (notice.Status, notice.PaidAt, notice.PaymentReference) = ("paid", time.GetUtcNow(), payment.Reference);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(notice);
    }
}
