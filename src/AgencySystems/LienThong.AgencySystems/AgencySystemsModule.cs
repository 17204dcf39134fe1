using LienThong.AgencySystems.Persistence;
using LienThong.AgencySystems.Population;
using LienThong.BuildingBlocks.Persistence;
using LienThong.BuildingBlocks.Problems;
using LienThong.Exchange.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LienThong.AgencySystems;

/// <summary>
/// The reference member systems that publish data through the gateway (see README.md): each has its own tables and API and
/// accepts only requests the gateway signed. Hosted with the platform for the demo; the gateway reaches them over HTTP.
/// </summary>
public static class AgencySystemsModule
{
    public const string PopulationSubsystem = "CSDLQGDC";
    public const string PopulationMember = "000.00.00.G01";

    public static IServiceCollection AddAgencySystems(this IServiceCollection services)
    {
        services.AddOptions<AgencySystemsOptions>().BindConfiguration(AgencySystemsOptions.Section);
        services.AddModuleDbContext<PopulationDbContext, SqlitePopulationDbContext, PostgresPopulationDbContext>(PopulationDbContext.Module);
        services.AddScoped<PopulationSeeder>();
        services.AddModuleDbContext<BusinessDbContext, SqliteBusinessDbContext, PostgresBusinessDbContext>(BusinessDbContext.Module);
        services.AddModuleDbContext<LandDbContext, SqliteLandDbContext, PostgresLandDbContext>(LandDbContext.Module);
        services.AddModuleDbContext<TaxDbContext, SqliteTaxDbContext, PostgresTaxDbContext>(TaxDbContext.Module);
        services.AddMemoryCache();
        return services;
    }

    public static IEndpointRouteBuilder MapAgencySystems(this IEndpointRouteBuilder app)
    {
        ProblemTypes.Register(PopulationEndpoints.NotFound);
        ProblemTypes.Register(GatewayOnly.Refused);
        var population = ProviderGroup(app, PopulationEndpoints.BasePath);
        population.MapGet("/cong-dan/{pid}", PopulationEndpoints.GetPersonAsync).WithName("PopulationPerson");
        population.MapPost("/thong-bao", PopulationEndpoints.ReceiveAsync).WithName("PopulationNotification").DisableAntiforgery();
        ProblemTypes.Register(Business.BusinessRegister.NotFound);
        ProviderGroup(app, Business.BusinessRegister.BasePath).MapGet("/doanh-nghiep/{taxCode}", Business.BusinessRegister.GetAsync).WithName("BusinessEnterprise");
        ProblemTypes.Register(Land.LandRegister.NotFound);
        ProblemTypes.Register(Land.LandRegister.TransferRefused);
        var land = ProviderGroup(app, Land.LandRegister.BasePath);
        land.MapGet("/thua-dat/{unit}/{sheet:int}/{number:int}", Land.LandRegister.GetAsync).WithName("LandParcel");
        land.MapPost("/thua-dat/{unit}/{sheet:int}/{number:int}/chuyen-nhuong", Land.LandRegister.TransferAsync).WithName("LandTransfer")
            .DisableAntiforgery();
        ProblemTypes.Register(Tax.TaxAuthority.NotFound);
        var tax = ProviderGroup(app, Tax.TaxAuthority.BasePath).DisableAntiforgery();
        tax.MapPost("/phieu-chuyen-thong-tin", Tax.TaxAuthority.ReceiveSlipAsync).WithName("TaxInformationSlip");
        tax.MapGet("/thong-bao/{number}", Tax.TaxAuthority.GetAsync).WithName("TaxNotice");
        tax.MapPost("/thong-bao/{number}/thanh-toan", Tax.TaxAuthority.PayAsync).WithName("TaxPayment");
        return app;
    }

    /// <summary>
    /// A member system's API: not the platform's users (no policy) — the gateway vouches for the caller with its HMAC,
    /// checked by <see cref="GatewayOnly"/>; not in the platform's OpenAPI document (each service has its own).
    /// </summary>
    private static RouteGroupBuilder ProviderGroup(IEndpointRouteBuilder app, string basePath) =>
        app.MapGroup(basePath).WithTags("AgencySystems").AllowAnonymous().AddEndpointFilter<GatewayOnly>().ExcludeFromDescription();

    /// <summary>Loads the people (first start) and registers the services and the seeded access rights with the exchange.</summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<PopulationSeeder>().SeedIfEmptyAsync(cancellationToken);
        var exchange = services.GetRequiredService<IExchangeRegistration>();
        var baseUrl = services.GetRequiredService<IOptions<AgencySystemsOptions>>().Value.BaseUrl;
        var subsystem = await exchange.EnsureSubsystemAsync("GOV", PopulationMember, PopulationSubsystem,
            "Cơ sở dữ liệu quốc gia về dân cư (Bộ Công an)", cancellationToken);
        using var openApi = typeof(AgencySystemsModule).Assembly.GetManifestResourceStream("LienThong.AgencySystems.population-openapi.json")!;
        var service = await exchange.EnsureServiceAsync(new ServiceRegistration(subsystem, "cong-dan", "v1", "Tra cứu thông tin công dân",
            "Thông tin công dân theo số định danh cá nhân: họ tên, ngày sinh, giới tính, nơi thường trú, thành viên hộ gia đình.",
            new Uri(baseUrl, PopulationEndpoints.BasePath).AbsoluteUri, await new StreamReader(openApi).ReadToEndAsync(cancellationToken),
            "shared", PersonalData: true,
            "Luật Căn cước 2023; Nghị định 70/2024/NĐ-CP; Nghị định 278/2025/NĐ-CP (chia sẻ dữ liệu bắt buộc); Nghị định 13/2023/NĐ-CP (bảo vệ dữ liệu cá nhân)"),
            cancellationToken);
        foreach (var (consumer, purposes) in SeedGrants)
        {
            await exchange.EnsureGrantAsync(consumer, service, purposes, "GET", "/cong-dan", cancellationToken);
        }
        var notifications = await exchange.EnsureServiceAsync(new ServiceRegistration(subsystem, "thong-bao-bien-dong", "v1",
            "Nhận thông báo biến động dân cư",
            "Cơ quan đăng ký hộ tịch gửi thông báo khai sinh, khai tử, thay đổi nơi cư trú (gửi sau, qua hàng đợi của nền tảng: Prefer: respond-async).",
            new Uri(baseUrl, PopulationEndpoints.BasePath).AbsoluteUri, "{}", "shared", PersonalData: true,
            "Luật Hộ tịch 2014; Luật Cư trú 2020; Nghị định 278/2025/NĐ-CP"), cancellationToken);
        await exchange.EnsureGrantAsync("VN-QNA/GOV/000.00.00.H47/DVCTINH", notifications, ["1.001193"], "POST", "/thong-bao", cancellationToken);

        await Business.BusinessRegister.SeedIfEmptyAsync(services.GetRequiredService<BusinessDbContext>(),
            services.GetRequiredService<PopulationDbContext>(), cancellationToken);
        var business = await exchange.EnsureSubsystemAsync("GOV", "000.00.04.H47", "DKKD",
            "Hệ thống thông tin đăng ký doanh nghiệp (Sở Kế hoạch và Đầu tư)", cancellationToken);
        var enterprises = await exchange.EnsureServiceAsync(new ServiceRegistration(business, "doanh-nghiep", "v1", "Tra cứu doanh nghiệp",
            "Thông tin doanh nghiệp theo mã số thuế: tên, loại hình, ngày đăng ký, địa chỉ trụ sở, người đại diện theo pháp luật, ngành nghề chính, tình trạng.",
            new Uri(baseUrl, Business.BusinessRegister.BasePath).AbsoluteUri, "{}", "specialised", PersonalData: true,
            "Luật Doanh nghiệp 2020; Nghị định 01/2021/NĐ-CP (đăng ký doanh nghiệp); Nghị định 278/2025/NĐ-CP"), cancellationToken);
        await Land.LandRegister.SeedIfEmptyAsync(services.GetRequiredService<LandDbContext>(), services.GetRequiredService<PopulationDbContext>(),
            cancellationToken);
        var cadastre = await exchange.EnsureSubsystemAsync("GOV", "000.00.02.H47", "CSDLDD",
            "Cơ sở dữ liệu đất đai (Sở Tài nguyên và Môi trường)", cancellationToken);
        var parcels = await exchange.EnsureServiceAsync(new ServiceRegistration(cadastre, "thua-dat", "v1", "Thông tin thửa đất và đăng ký biến động",
            "Thửa đất theo mã xã, số tờ bản đồ và số thửa: diện tích, mục đích, thời hạn, người sử dụng, số phát hành giấy chứng nhận; đăng ký chuyển nhượng.",
            new Uri(baseUrl, Land.LandRegister.BasePath).AbsoluteUri, "{}", "specialised", PersonalData: true,
            "Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP; Nghị định 278/2025/NĐ-CP"), cancellationToken);
        await exchange.EnsureGrantAsync("VN-QNA/GOV/000.00.00.H47/DVCTINH", parcels, ["1.013831"], "GET", "/thua-dat", cancellationToken);
        await exchange.EnsureGrantAsync("VN-QNA/GOV/000.01.02.H47/MOTCUA", parcels, ["1.013831"], null, "/thua-dat", cancellationToken);
        var taxSystem = await exchange.EnsureSubsystemAsync("GOV", "000.47.01.G12", "QLT", "Hệ thống quản lý thuế (Cục Thuế tỉnh Quảng Nam)", cancellationToken);
        var obligations = await exchange.EnsureServiceAsync(new ServiceRegistration(taxSystem, "nghia-vu-dat-dai", "v1",
            "Xác định nghĩa vụ tài chính về đất đai",
            "Nhận phiếu chuyển thông tin từ văn phòng đăng ký đất đai, ra thông báo nộp lệ phí trước bạ và thuế thu nhập cá nhân, ghi nhận nộp tiền.",
            new Uri(baseUrl, Tax.TaxAuthority.BasePath).AbsoluteUri, "{}", "specialised", PersonalData: true,
            "Luật Quản lý thuế 2019; Nghị định 10/2022/NĐ-CP (lệ phí trước bạ); Luật Thuế TNCN; Thông tư 111/2013/TT-BTC; Nghị định 278/2025/NĐ-CP"),
            cancellationToken);
        await exchange.EnsureGrantAsync("VN-QNA/GOV/000.01.02.H47/MOTCUA", obligations, ["1.013831"], "POST", "/phieu-chuyen-thong-tin", cancellationToken);
        await exchange.EnsureGrantAsync("VN-QNA/GOV/000.01.02.H47/MOTCUA", obligations, ["1.013831"], "GET", "/thong-bao", cancellationToken);
        await exchange.EnsureGrantAsync("VN-QNA/GOV/000.00.00.H47/DVCTINH", obligations, ["1.013831"], null, "/thong-bao", cancellationToken);
        // The portal serves every business procedure; narrowed to their codes once the procedure catalogue names them.
        await exchange.EnsureGrantAsync("VN-QNA/GOV/000.00.00.H47/DVCTINH", enterprises, ["*"], "GET", "/doanh-nghiep", cancellationToken);
    }

    /// <summary>
    /// A tax officer's decision on a land-transfer notice held for review (an exemption between relatives claimed): the
    /// tax system's own workstation, not a gateway call. Returns an error in Vietnamese, or null.
    /// </summary>
    public static Task<string?> ReviewTaxNoticeAsync(IServiceProvider services, string number, bool acceptExemption, string officer, string? note,
        CancellationToken cancellationToken) =>
        Tax.TaxAuthority.ReviewAsync(services, number, acceptExemption, officer, note, cancellationToken);

    /// <summary>A parcel of the land register and its holder, for demos, simulations and tests.</summary>
    public sealed record SampleParcel(string UnitCode, int MapSheet, int Number, string OwnerId, string OwnerName);

    /// <summary>Parcels of the land register in a stable order, skipping <paramref name="skip"/>; their holders can transfer them.</summary>
    public static async Task<IReadOnlyList<SampleParcel>> SampleParcelsAsync(IServiceProvider services, int skip, int count, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<LandDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Parcels.OrderBy(p => p.Id).Skip(skip).Take(count).Select(p => new SampleParcel(p.UnitCode, p.MapSheet, p.Number, p.OwnerId, p.OwnerName)),
            cancellationToken);
    }

    /// <summary>Who may read the population register in the seed, and for which procedures.</summary>
    public static readonly IReadOnlyList<(string Consumer, string[] Purposes)> SeedGrants =
    [
        ("VN-QNA/GOV/000.00.00.H47/DVCTINH", ["1.013831", "1.001193", "2.000815", "1.001612"]),
        ("VN-QNA/GOV/000.01.02.H47/MOTCUA", ["1.013831"]),
    ];
}
