using System.Globalization;
using LienThong.AgencySystems.Persistence;
using LienThong.BuildingBlocks.Identifiers;
using LienThong.BuildingBlocks.Problems;
using LienThong.Exchange.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LienThong.AgencySystems.Land;

/// <summary>The land register (cadastral database): seed, parcel lookup, registration of a transfer of the use right.</summary>
internal static class LandRegister
{
    public const string BasePath = "/he-thong/dat-dai/v1";
    public const int Target = 1_200;

    public static readonly ProblemType NotFound = new("land/parcel-not-found", 404,
        "Không có thửa đất này", "No parcel with this commune code, map sheet and parcel number.");

    public static readonly ProblemType TransferRefused = new("land/transfer-refused", 409,
        "Không đăng ký được việc chuyển nhượng", "The transferor is not the parcel's registered holder, or the new holder is invalid; `detail` says which.");

    private static readonly string[] Purposes = ["ONT — Đất ở tại nông thôn", "ODT — Đất ở tại đô thị", "LUC — Đất chuyên trồng lúa nước",
        "CLN — Đất trồng cây lâu năm", "RSX — Đất rừng sản xuất"];

    public sealed record ParcelView(string UnitCode, int MapSheet, int Number, string AddressDetail, decimal Area, string Purpose, string Term,
        string OwnerId, string OwnerName, string CertificateNumber, DateOnly CertificateIssuedOn);

    public sealed record TransferRequest(string FromOwnerId, string ToOwnerId, string ToOwnerName);

    public sealed record TransferView(string MessageId, ParcelView Parcel, string FromOwnerId, string NewCertificateNumber, DateTimeOffset RegisteredAt);

    public static async Task<Results<Ok<ParcelView>, ProblemHttpResult>> GetAsync(string unit, int sheet, int number, LandDbContext db, CancellationToken ct) =>
        await db.Parcels.AsNoTracking().SingleOrDefaultAsync(p => p.UnitCode == unit && p.MapSheet == sheet && p.Number == number, ct) is { } parcel
            ? TypedResults.Ok(View(parcel))
            : Problems.Of(NotFound, $"Không có thửa {number}, tờ bản đồ {sheet}, xã {unit}.");

    /// <summary>Registers the transfer once per message id (a second delivery answers with the first registration).</summary>
    public static async Task<Results<Ok<TransferView>, ProblemHttpResult>> TransferAsync(string unit, int sheet, int number, TransferRequest request,
        HttpRequest http, LandDbContext db, TimeProvider time, CancellationToken ct)
    {
        var messageId = http.Headers[ExchangeHeaders.MessageId].ToString();
        var parcel = await db.Parcels.SingleOrDefaultAsync(p => p.UnitCode == unit && p.MapSheet == sheet && p.Number == number, ct);
        if (parcel is null)
        {
            return Problems.Of(NotFound, $"Không có thửa {number}, tờ bản đồ {sheet}, xã {unit}.");
        }
        if (await db.Transfers.AsNoTracking().SingleOrDefaultAsync(t => t.MessageId == messageId, ct) is { } done)
        {
            return TypedResults.Ok(new TransferView(done.MessageId, View(parcel), done.FromOwnerId, done.NewCertificateNumber, done.RegisteredAt));
        }
        if (parcel.OwnerId != request.FromOwnerId)
        {
            return Problems.Of(TransferRefused, "Bên chuyển nhượng không phải người đang đứng tên thửa đất.");
        }
        var problem = PersonalIdNumber.Problem(request.ToOwnerId)
            ?? (string.IsNullOrWhiteSpace(request.ToOwnerName) ? "Thiếu họ tên bên nhận chuyển nhượng." : null);
        if (problem is not null)
        {
            return Problems.Of(TransferRefused, problem);
        }
        var transfer = new ParcelTransfer
        {
            MessageId = messageId, ParcelId = parcel.Id, FromOwnerId = parcel.OwnerId, ToOwnerId = request.ToOwnerId, ToOwnerName = request.ToOwnerName.Trim(),
            Case = http.Headers[ExchangeHeaders.Case].ToString(), RegisteredAt = time.GetUtcNow(),
            NewCertificateNumber = "DB " + (100_000 + parcel.Id * 7 % 900_000).ToString(CultureInfo.InvariantCulture),
        };
        (parcel.OwnerId, parcel.OwnerName, parcel.CertificateNumber, parcel.CertificateIssuedOn) =
            (transfer.ToOwnerId, transfer.ToOwnerName, transfer.NewCertificateNumber, DateOnly.FromDateTime(transfer.RegisteredAt.UtcDateTime));
        db.Transfers.Add(transfer);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new TransferView(messageId, View(parcel), transfer.FromOwnerId, transfer.NewCertificateNumber, transfer.RegisteredAt));
    }

    /// <summary>1,200 parcels over the communes where the residents live, each held by an adult resident.</summary>
    public static async Task SeedIfEmptyAsync(LandDbContext db, PopulationDbContext population, CancellationToken ct)
    {
        if (await db.Parcels.AnyAsync(ct))
        {
            return;
        }
        var adults = await population.People.AsNoTracking().Where(p => p.BirthDate < new DateOnly(2003, 1, 1)).OrderBy(p => p.PersonalIdNumber)
            .ToListAsync(ct);
        var random = new Random(1_013_831);
        var numbers = new Dictionary<(string, int), int>();
        for (var i = 0; i < Target; i++)
        {
            var owner = adults[random.Next(adults.Count)];
            var sheet = random.Next(1, 40);
            var number = numbers[(owner.UnitCode, sheet)] = numbers.GetValueOrDefault((owner.UnitCode, sheet)) + random.Next(1, 30);
            var purpose = Purposes[random.Next(Purposes.Length)];
            db.Parcels.Add(new Parcel
            {
                UnitCode = owner.UnitCode, MapSheet = sheet, Number = number, AddressDetail = owner.AddressDetail,
                Area = Math.Round(purpose.StartsWith('O') ? 80 + (decimal)random.NextDouble() * 300 : 500 + (decimal)random.NextDouble() * 5000, 1),
                Purpose = purpose,
                Term = purpose.StartsWith('O') ? "Lâu dài" : new DateOnly(2043 + random.Next(0, 20), 12, 31).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                OwnerId = owner.PersonalIdNumber, OwnerName = owner.FullName,
                CertificateNumber = $"{(char)('A' + random.Next(0, 4))}{(char)('A' + random.Next(0, 26))} {random.Next(100_000, 999_999)}",
                CertificateIssuedOn = new DateOnly(2000, 1, 1).AddDays(random.Next(0, 8400)),
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private static ParcelView View(Parcel p) => new(p.UnitCode, p.MapSheet, p.Number, p.AddressDetail, p.Area, p.Purpose, p.Term, p.OwnerId,
        p.OwnerName, p.CertificateNumber, p.CertificateIssuedOn);
}
