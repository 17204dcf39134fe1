using System.Globalization;
using LienThong.AgencySystems.Persistence;
using LienThong.BuildingBlocks.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LienThong.AgencySystems.Business;

/// <summary>The business register: seed and API (enterprise by tax code, check digit verified).</summary>
internal static class BusinessRegister
{
    public const string BasePath = "/he-thong/dang-ky-kinh-doanh/v1";
    public const int Target = 150;

    public static readonly ProblemType NotFound = new("business/enterprise-not-found", 404,
        "Không có doanh nghiệp với mã số thuế này", "No enterprise of the business register has this tax code.");

    private static readonly string[] Types = ["Công ty TNHH một thành viên", "Công ty TNHH hai thành viên trở lên", "Công ty cổ phần", "Doanh nghiệp tư nhân"];
    private static readonly string[] Trades = ["Xây dựng", "Thương mại", "Du lịch", "Nông sản", "Thủy sản", "Vận tải", "Công nghệ", "Dệt may", "Gỗ", "Dịch vụ"];
    private static readonly string[] Names = ["Hội An", "Tam Kỳ", "Chu Lai", "Thu Bồn", "Sông Tranh", "Ngọc Linh", "Cù Lao Chàm", "Mỹ Sơn", "Điện Bàn", "Quế Sơn"];
    private static readonly string[] Activities =
    [
        "4100 — Xây dựng nhà các loại", "4690 — Bán buôn tổng hợp", "5510 — Dịch vụ lưu trú ngắn ngày", "1020 — Chế biến, bảo quản thủy sản",
        "4933 — Vận tải hàng hóa bằng đường bộ", "6201 — Lập trình máy vi tính", "1410 — May trang phục", "1622 — Sản xuất đồ gỗ xây dựng",
    ];

    public sealed record Representative(string PersonalIdNumber, string FullName);

    public sealed record EnterpriseView(string TaxCode, string Name, string Type, DateOnly RegisteredOn, string UnitCode, string AddressDetail,
        Representative LegalRepresentative, string MainActivity, string Status);

    public static async Task<Results<Ok<EnterpriseView>, ProblemHttpResult>> GetAsync(string taxCode, BusinessDbContext db, CancellationToken ct)
    {
        if (BuildingBlocks.Identifiers.TaxCode.Problem(taxCode) is { } problem)
        {
            return Problems.Invalid("taxCode", problem);
        }
        var e = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(x => x.TaxCode == taxCode, ct);
        return e is null
            ? Problems.Of(NotFound, $"Không có doanh nghiệp {taxCode}.")
            : TypedResults.Ok(new EnterpriseView(e.TaxCode, e.Name, e.Type, e.RegisteredOn, e.UnitCode, e.AddressDetail,
                new Representative(e.RepresentativeId, e.RepresentativeName), e.MainActivity, e.Status));
    }

    /// <summary>150 enterprises with valid tax codes (prefix 40, the Quảng Nam tax authority), represented by adult residents.</summary>
    public static async Task SeedIfEmptyAsync(BusinessDbContext db, PopulationDbContext population, CancellationToken ct)
    {
        if (await db.Enterprises.AnyAsync(ct))
        {
            return;
        }
        var adults = await population.People.AsNoTracking().Where(p => p.BirthDate < new DateOnly(2000, 1, 1)).OrderBy(p => p.PersonalIdNumber)
            .ToListAsync(ct);
        var random = new Random(400_000);
        var sequence = 1_000;
        for (var i = 0; i < Target; i++)
        {
            string code;
            int? check;
            do
            {
                code = "40" + (sequence += random.Next(1, 400)).ToString("D7", CultureInfo.InvariantCulture);
                check = BuildingBlocks.Identifiers.TaxCode.CheckDigit(code);
            }
            while (check is null);
            var owner = adults[random.Next(adults.Count)];
            var type = Types[random.Next(Types.Length)];
            db.Enterprises.Add(new Enterprise
            {
                TaxCode = code + check.Value.ToString(CultureInfo.InvariantCulture),
                Name = $"{type} {Trades[random.Next(Trades.Length)]} {Names[random.Next(Names.Length)]} {i + 1}",
                Type = type,
                RegisteredOn = new DateOnly(2005, 1, 1).AddDays(random.Next(0, 6900)),
                UnitCode = owner.UnitCode,
                AddressDetail = $"Số {random.Next(1, 300)}, {owner.AddressDetail}",
                RepresentativeId = owner.PersonalIdNumber,
                RepresentativeName = owner.FullName,
                MainActivity = Activities[random.Next(Activities.Length)],
                Status = random.Next(20) == 0 ? "suspended" : "active",
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
