using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LienThong.Exchange.Contracts;
using LienThong.PublicServices.Catalogue;
using LienThong.PublicServices.Domain;
using LienThong.PublicServices.Persistence;

namespace LienThong.PublicServices.Dossiers;

/// <summary>
/// The land ↔ tax hand-off of land-use-right transfers (Joint Circular 88/2016/TTLT-BTC-BTNMT as the flow): the land
/// registration office's one-stop system sends the information slip to the tax system and gets the notice back; the
/// portal confirms the citizen's payment to the tax system; the land office registers the transfer in the land register.
/// Every call goes through the gateway over HTTP with the procedure as purpose and the dossier as case, and is timed as a
/// leg. Message ids are derived from the dossier, so a repeated leg is the same message (the providers de-duplicate).
/// </summary>
internal sealed class LandTaxLegs(PublicServicesDbContext db, IExchangeClient exchange, TimeProvider time)
{
    public const string LandOffice = "VN-QNA/GOV/000.01.02.H47/MOTCUA";
    public const string TaxService = "VN-QNA/GOV/000.47.01.G12/QLT/nghia-vu-dat-dai";
    public const string LandService = "VN-QNA/GOV/000.00.02.H47/CSDLDD/thua-dat";

    public sealed record Parcel(string UnitCode, int MapSheet, int Number, decimal Area, string Purpose, string OwnerId, string OwnerName, string CertificateNumber);

    /// <param name="Status"><c>review</c> (held for a tax officer), <c>unpaid</c> or <c>paid</c>.</param>
    public sealed record Notice(string Number, long RegistrationFee, long IncomeTax, long Total, DateOnly DueDate, string Status, string? Review = null)
    {
        public bool Held => Status == "review";
    }

    private sealed record Transfer(string NewCertificateNumber);

    public void Record(Dossier dossier, string leg, DateTimeOffset started, bool succeeded, string? messageId) =>
        db.DossierLegs.Add(new DossierLeg
        {
            DossierId = dossier.Id, ProcedureCode = dossier.ProcedureCode, Leg = leg, StartedAt = started, EndedAt = time.GetUtcNow(),
            Succeeded = succeeded, MessageId = messageId,
        });

    /// <summary>The information slip → the tax notice (the tax leg). Throws when the tax system does not answer with a notice.</summary>
    public async Task<Notice> SendSlipAsync(Dossier dossier, Parcel parcel, CancellationToken cancellationToken)
    {
        var form = CitizenDossiers.Form(dossier);
        var slip = new
        {
            dossierCode = dossier.Code,
            slipNumber = $"{dossier.Code}/PCTT",
            taxpayerId = form["transferorId"],
            taxpayerName = form["transferorName"],
            parcel = new { unitCode = parcel.UnitCode, mapSheet = parcel.MapSheet, number = parcel.Number, area = parcel.Area, purpose = parcel.Purpose },
            transferPrice = long.Parse(form["transferPrice"], CultureInfo.InvariantCulture),
            landPricePerSquareMetre = LandPriceTable.PerSquareMetre(parcel.Purpose),
            relationship = form.GetValueOrDefault("relationship"),
        };
        // Issued at once, the leg is "tax"; held for a tax officer, the slip's leg is "tax-slip" and "tax" ends when the notice comes.
        return await CallAsync<Notice>(dossier, "tax", LandOffice, TaxService, HttpMethod.Post,
            "/phieu-chuyen-thong-tin", form["transferorId"], slip, "Cơ quan thuế chưa ra thông báo nộp tiền", cancellationToken,
            notice => notice.Held ? "tax-slip" : "tax");
    }

    /// <summary>Asks the tax system for a notice held for review (the land office's follow-up).</summary>
    public async Task<Notice?> FollowUpAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        using var response = await exchange.SendAsync(new ExchangeCall(LandOffice, TaxService, HttpMethod.Get,
            $"/thong-bao/{Uri.EscapeDataString(dossier.TaxNotice!)}", dossier.ProcedureCode, dossier.Code, "he-thong", dossier.ApplicantId), cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<Notice>(JsonSerializerOptions.Web, cancellationToken) : null;
    }

    /// <summary>The payment confirmation → the tax system (the notice becomes paid).</summary>
    public Task<Notice> ConfirmPaymentAsync(Dossier dossier, CancellationToken cancellationToken) =>
        CallAsync<Notice>(dossier, "payment", ProcedurePrefill.Portal, TaxService, HttpMethod.Post, $"/thong-bao/{Uri.EscapeDataString(dossier.TaxNotice!)}/thanh-toan",
            dossier.ApplicantId, new { amount = dossier.AmountDue, reference = dossier.PaymentReference }, "Chưa chuyển được xác nhận nộp tiền cho cơ quan thuế",
            cancellationToken);

    /// <summary>The transfer registered in the land register; returns the new certificate number.</summary>
    public async Task<string> RegisterTransferAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        var form = CitizenDossiers.Form(dossier);
        var path = $"/thua-dat/{Uri.EscapeDataString(form["unitCode"])}/{form["mapSheet"]}/{form["parcelNumber"]}/chuyen-nhuong";
        var transfer = await CallAsync<Transfer>(dossier, "land-register", LandOffice, LandService, HttpMethod.Post, path, dossier.ApplicantId,
            new { fromOwnerId = form["transferorId"], toOwnerId = dossier.ApplicantId, toOwnerName = dossier.ApplicantName },
            "Chưa đăng ký được biến động trong cơ sở dữ liệu đất đai", cancellationToken);
        return transfer.NewCertificateNumber;
    }

    /// <param name="legOf">The leg's name from the answer, when it depends on it; <paramref name="leg"/> otherwise.</param>
    private async Task<T> CallAsync<T>(Dossier dossier, string leg, string consumer, string service, HttpMethod method, string path, string subject, object body,
        string failure, CancellationToken cancellationToken, Func<T, string>? legOf = null)
    {
        var messageId = MessageIdFor(dossier.Id, path);
        var started = time.GetUtcNow();
        using var response = await exchange.SendAsync(new ExchangeCall(consumer, service, method, path, dossier.ProcedureCode, dossier.Code, "he-thong",
            subject, JsonContent.Create(body, options: JsonSerializerOptions.Web), MessageId: messageId), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Record(dossier, leg, started, false, messageId);
            var problem = await response.Content.ReadAsStringAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            throw new DossierProblemException(DossierProblems.AgencyUnavailable,
                $"{failure} (mã {(int)response.StatusCode}{(TryDetail(problem) is { } d ? ": " + d : "")}).");
        }
        var result = (await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, cancellationToken))!;
        Record(dossier, legOf?.Invoke(result) ?? leg, started, true, messageId);
        return result;
    }

    private static string? TryDetail(string problem)
    {
        try
        {
            return JsonDocument.Parse(problem).RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A UUID (version 8, RFC 9562) from the dossier and the call: the same leg repeated is the same message.</summary>
    public static string MessageIdFor(Guid dossier, string call)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{dossier:N}/{call}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }
}

/// <summary>
/// Land prices per m² by purpose used on the information slip. Illustrative figures in the range of Quảng Nam's land price
/// table (Decision 24/2019/QĐ-UBND and its amendments, by street and position in reality): not the table itself, which
/// would be reference data loaded per street.
/// </summary>
internal static class LandPriceTable
{
    public static long PerSquareMetre(string purpose) => purpose[..Math.Min(3, purpose.Length)] switch
    {
        "ODT" => 6_000_000,
        "ONT" => 1_500_000,
        "CLN" => 60_000,
        "LUC" => 55_000,
        "RSX" => 20_000,
        _ => 500_000,
    };
}
