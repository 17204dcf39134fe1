using System.Security.Cryptography;
using System.Text;
using LienThong.Testing;
using LienThong.VNeID;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LienThong.Host.Tests;

/// <summary>
/// The pages in a real Chromium at phone width, against the host listening on a real port.
/// Skipped when Chromium is absent, failing instead when LIENTHONG_REQUIRE_BROWSER=1.
/// </summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private WebApplication? app;
    private WebApplication? provider;
    private IPlaywright? playwright;
    private IBrowser? browser;

    private static string Chromium => Environment.GetEnvironmentVariable("LIENTHONG_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return;
        }
        // Both servers on real ports: the platform and its VNeID-style provider, as in the demo.
        var (platformUrl, providerUrl) = ($"http://127.0.0.1:{FreePort()}", $"http://127.0.0.1:{FreePort()}");
        app = LienThongHost.Build(["--urls", platformUrl, "--environment", "Testing", "--VNeID:Authority", providerUrl,
            "--VNeID:ClientSecret", "browser-test-secret", "--VNeID:Bundled:Enabled", "false", "--VNeID:RedirectUri", platformUrl + "/signin-vneid",
            "--AgencySystems:BaseUrl", platformUrl, "--Exchange:GatewayUrl", platformUrl, "--Trust:PublicBaseUrl", platformUrl], database.DataDirectory);
        await app.StartAsync(TestContext.Current.CancellationToken);
        provider = await VNeIdProvider.StartAsync(new VNeIdSettings(providerUrl, Path.Combine(database.DataDirectory, "vneid"),
            "lienthong-portal", "browser-test-secret", [new Uri(platformUrl + "/signin-vneid")]), TestContext.Current.CancellationToken);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Root in CI needs --no-sandbox; the rest keep Chromium off a network it cannot reach.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    private async Task<IPage> OpenPhonePageAsync()
    {
        if (browser is null)
        {
            var reason = $"Chromium not found at {Chromium} (set LIENTHONG_CHROMIUM).";
            if (Environment.GetEnvironmentVariable("LIENTHONG_REQUIRE_BROWSER") == "1")
            {
                Assert.Fail(reason + " (LIENTHONG_REQUIRE_BROWSER=1)");
            }
            Assert.Skip(reason);
        }
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 360, Height = 780 }, Locale = "vi-VN" });
        // CI runs every test assembly at once on two cores: a sign-in round trip can take longer than Playwright's 30 s default.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        await page.GotoAsync(app!.Urls.First());
        return page;
    }

    /// <summary>Waits for the browser to reach <paramref name="prefix"/>; on a timeout, fails with where it is and what it shows.</summary>
    private static async Task WaitForUrlOrExplainAsync(IPage page, string prefix)
    {
        try
        {
            await page.WaitForURLAsync(prefix + "**");
        }
        catch (TimeoutException)
        {
            var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            Assert.Fail($"Expected {prefix}, still at {page.Url} showing: {text[..Math.Min(text.Length, 600)]}");
        }
    }

    [Fact]
    public async Task Anyone_DropsASignedPdf_AndReadsTheReport_ThenAnUnsignedOne()
    {
        var page = await OpenPhonePageAsync();
        byte[] signed;
        await using (var scope = app!.Services.CreateAsyncScope())
        {
            var trust = scope.ServiceProvider.GetRequiredService<LienThong.Trust.ITrustAdministration>();
            Assert.Null((await trust.IssueAsync("official", "lanhdao.ubndtinh", TestContext.Current.CancellationToken)).Error);
            signed = (await scope.ServiceProvider.GetRequiredService<LienThong.Trust.Contracts.IDocumentSigner>().SignPdfAsync(SamplePdf.Create(),
                LienThong.Trust.Contracts.PdfSigningRequest.Official("lanhdao.ubndtinh"), TestContext.Current.CancellationToken)).Signed!;
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Kiểm tra chữ ký số" }).ClickAsync();
        await page.GetByTestId("file").SetInputFilesAsync(new FilePayload { Name = "quyet-dinh.pdf", MimeType = "application/pdf", Buffer = signed });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("validation-summary")).ToHaveTextAsync("Tất cả 1 chữ ký đều hợp lệ.");
        await Expect(page.GetByTestId("validation-reports")).ToContainTextAsync("Lê Văn Dũng");
        await Expect(page.GetByTestId("validation-reports")).ToContainTextAsync("TOTAL_PASSED");
        await Expect(page.GetByTestId("validation-reports")).ToContainTextAsync("PAdES-BASELINE-LT");

        await page.GetByTestId("file").SetInputFilesAsync(new FilePayload { Name = "ban-nhap.pdf", MimeType = "application/pdf", Buffer = SamplePdf.Create() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("validation-error")).ToHaveTextAsync("Tệp PDF không có chữ ký số nào.");
    }

    [Fact]
    public async Task Citizen_FindsTamKyAndItsThirteenCommunes_OnTheReportDate()
    {
        var page = await OpenPhonePageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Đơn vị hành chính" }).First.ClickAsync();
        await page.Locator("input[name=at]").FillAsync("2023-12-25");
        await page.Locator("input[name=q]").FillAsync("tam ky");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();

        var tamKy = page.Locator("[data-testid=search-results] > li[data-code='502']");
        await Expect(tamKy.Locator("summary")).ToContainTextAsync("Thành phố Tam Kỳ");
        await Expect(tamKy.Locator("ul.tree > li")).ToHaveCountAsync(13);
        await Expect(tamKy.Locator("ul.tree > li").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "units-tam-ky-360.png"), FullPage = true });
    }

    [Fact]
    public async Task UnitPage_ShowsQuangNamsSuccessor_OnItsLastDay()
    {
        var page = await OpenPhonePageAsync();

        await page.GotoAsync(app!.Urls.First() + "/don-vi-hanh-chinh?at=2025-06-30&code=49");

        var detail = page.Locator("[data-testid=unit-detail]");
        await Expect(detail).ToContainTextAsync("Tỉnh Quảng Nam");
        await detail.GetByRole(AriaRole.Link, new() { Name = "Thành phố Đà Nẵng" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("at=2025-07-01&code=48$"));
        await Expect(page.Locator("[data-testid=unit-detail] h2")).ToContainTextAsync("Thành phố Đà Nẵng");
        await Expect(page.Locator("[data-testid=unit-detail] .links").First).ToContainTextAsync("Tỉnh Quảng Nam");
    }

    [Fact]
    public async Task HomePage_FitsAPhoneScreen_WithoutSidewaysScrolling()
    {
        var page = await OpenPhonePageAsync();

        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(width <= 360, $"page is {width}px wide");
        await Expect(page.Locator("h1")).ToContainTextAsync("Nền tảng liên thông");
    }

    [Fact]
    public async Task Official_SignsInThroughTheAuthorizationCodeFlowWithPkce()
    {
        var page = await OpenPhonePageAsync();
        var baseUrl = app!.Urls.First();
        var redirectUri = baseUrl + "/oauth-test-callback";
        var clientId = "browser-test-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientType = OpenIddictConstants.ClientTypes.Public,
                RedirectUris = { new Uri(redirectUri) },
                Permissions =
                {
                    OpenIddictConstants.Permissions.Endpoints.Authorization, OpenIddictConstants.Permissions.Endpoints.Token,
                    OpenIddictConstants.Permissions.GrantTypes.AuthorizationCode, OpenIddictConstants.Permissions.ResponseTypes.Code,
                    OpenIddictConstants.Permissions.Scopes.Profile, OpenIddictConstants.Permissions.Scopes.Roles,
                },
            }, TestContext.Current.CancellationToken);
        }
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

        await page.GotoAsync($"{baseUrl}/connect/authorize?response_type=code&client_id={clientId}&redirect_uri={Uri.EscapeDataString(redirectUri)}" +
            $"&scope=openid%20profile%20roles&code_challenge={challenge}&code_challenge_method=S256&state=b1");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập");
        await page.GetByLabel("Tên đăng nhập").FillAsync("lanhdao.ubndtinh");
        await page.GetByLabel("Mật khẩu").FillAsync("LienThong@2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await WaitForUrlOrExplainAsync(page, redirectUri);
        var code = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["code"]!;

        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var tokens = await OAuthFlows.TokenAsync(http, new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = redirectUri,
            ["client_id"] = clientId, ["code_verifier"] = verifier,
        }, System.Net.HttpStatusCode.OK);
        var me = await OAuthFlows.GetWithTokenAsync(http, "/api/identity/me", tokens.GetProperty("access_token").GetString()!);
        await page.GotoAsync(baseUrl);

        Assert.Contains("Lê Văn Dũng", await me.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Lê Văn Dũng");
    }

    [Fact]
    public async Task Citizen_SignsInWithVNeID_AndThePortalShowsTheirName()
    {
        var page = await OpenPhonePageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Cổng dịch vụ công" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập bằng VNeID" }).ClickAsync();
        await page.GetByLabel("Số định danh cá nhân").FillAsync("049085001234");
        await page.GetByLabel("Mật khẩu").FillAsync("VNeID@2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Expect(page.GetByTestId("citizen-greeting")).ToHaveTextAsync("Xin chào, Nguyễn Văn An");
        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Nguyễn Văn An");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "citizen-360.png"), FullPage = true });
    }

    [Fact]
    public async Task Citizen_FindsAProcedureWithoutDiacritics_AndSeesWhatToFile()
    {
        var page = await OpenPhonePageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Cổng dịch vụ công" }).First.ClickAsync();
        await page.GetByLabel("Tên hoặc mã thủ tục").FillAsync("dang ky khai sinh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký khai sinh" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng ký khai sinh");
        await Expect(page.GetByTestId("time-limit")).ToContainTextAsync("trong ngày");
        await Expect(page.GetByTestId("components")).ToContainTextAsync("Giấy chứng sinh — dùng lại giấy tờ đã có trong Kho dữ liệu của tôi");
        await page.GotoAsync(app!.Urls.First() + "/cong-dich-vu-cong?q=khong+co+thu+tuc");
        await Expect(page.GetByTestId("no-procedure")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task BirthRegistration_CitizenFilesReusingAStoredDocument_OfficialsComplete_CitizenDownloadsTheSignedResult()
    {
        var page = await OpenPhonePageAsync();
        var baseUrl = app!.Urls.First();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var trust = scope.ServiceProvider.GetRequiredService<LienThong.Trust.ITrustAdministration>();
            Assert.Null((await trust.IssueAsync("official", "chutich.banthach", TestContext.Current.CancellationToken)).Error);
            Assert.Null((await trust.IssueAsync("seal", "000.17.99.H15", TestContext.Current.CancellationToken)).Error);
        }

        // The citizen, on a phone: from the procedure to a submitted dossier, signing in with VNeID on the way.
        await page.GotoAsync(baseUrl + "/cong-dich-vu-cong/thu-tuc/1.001193");
        await page.GetByTestId("start-dossier").ClickAsync();
        await page.GetByLabel("Số định danh cá nhân").FillAsync("049085001234");
        await page.GetByLabel("Mật khẩu").FillAsync("VNeID@2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByTestId("start").ClickAsync();
        await Expect(page.Locator("input[name=declarantName]")).ToHaveValueAsync("Nguyễn Văn An"); // pre-filled through the gateway
        await page.Locator("input[name=childName]").FillAsync("Nguyễn Minh Khang");
        await page.Locator("input[name=childBirthDate]").FillAsync("2026-11-20");
        await page.Locator("select[name=childSex]").SelectOptionAsync("Nam");
        await page.Locator("input[name=birthPlace]").FillAsync("Bệnh viện Đa khoa Trung ương Quảng Nam");
        await page.Locator("select[name=relation]").SelectOptionAsync("Cha");
        await page.GetByTestId("save-form").ClickAsync();
        await page.GetByTestId("reuse-giay-chung-sinh").ClickAsync();
        await Expect(page.GetByTestId("component-giay-chung-sinh")).ToContainTextAsync("dùng lại từ kho dữ liệu");
        await Expect(page.GetByTestId("receiving-agency")).ToHaveTextAsync("Ủy ban nhân dân phường Bàn Thạch");
        await page.GetByTestId("submit").ClickAsync();
        await Expect(page.GetByTestId("error")).ToContainTextAsync("cam đoan"); // no consent, nothing sent
        await page.GetByTestId("consent").CheckAsync();
        await page.GetByTestId("submit").ClickAsync();
        var code = await page.GetByTestId("dossier-code").TextContentAsync();
        Assert.Matches(@"^000\.17\.99\.H15-\d{6}-\d{4}$", code);
        await Expect(page.GetByTestId("receipt").Locator("img")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("agency-name")).ToHaveTextAsync("Ủy ban nhân dân phường Bàn Thạch");

        // The ward's officials, each in their own browser: accept, register, sign, return.
        foreach (var official in new[] { "motcua.banthach", "tuphap.banthach", "chutich.banthach", "motcua.banthach" })
        {
            await using var context = await browser!.NewContextAsync(new() { Locale = "vi-VN" });
            var desk = await context.NewPageAsync();
            await desk.GotoAsync(baseUrl + "/dang-nhap?ReturnUrl=/lam-viec");
            await desk.GetByLabel("Tên đăng nhập").FillAsync(official);
            await desk.GetByLabel("Mật khẩu").FillAsync("LienThong@2026");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            await desk.GetByTestId($"open-{code}").ClickAsync();
            await desk.GetByTestId("advance").ClickAsync();
            await Expect(desk.GetByTestId("error")).ToHaveCountAsync(0);
        }

        await page.ReloadAsync();
        await Expect(page.GetByTestId("dossier-status")).ToHaveTextAsync("Đã trả kết quả");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("result").ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (reports, error) = await scope.ServiceProvider.GetRequiredService<LienThong.Trust.ITrustAdministration>()
                .ValidatePdfAsync(pdf, TestContext.Current.CancellationToken);
            Assert.Null(error);
            Assert.Equal(2, reports!.Count);
            Assert.All(reports, r => Assert.Equal("TOTAL_PASSED", r.Indication));
        }
        await page.GetByTestId("rate").ClickAsync();
        await Expect(page.GetByTestId("rated")).ToContainTextAsync("5/5");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "dossier-360.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The dossier page scrolls sideways on a phone.");
        await page.GotoAsync(baseUrl + "/cong-dan/du-lieu-cua-toi");
        await Expect(page.GetByTestId("tracker")).ToContainTextAsync("1.001193");
    }

    [Fact]
    public async Task Clerk_DraftsACongVan_TheLeaderSignsIt_TheClerkIssuesAndSendsIt_TheDepartmentRegistersIt_AndTheSenderSeesTheStatus()
    {
        var page = await OpenPhonePageAsync();
        var baseUrl = app!.Urls.First();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var trust = scope.ServiceProvider.GetRequiredService<LienThong.Trust.ITrustAdministration>();
            Assert.Null((await trust.IssueAsync("official", "lanhdao.ubndtinh", TestContext.Current.CancellationToken)).Error);
            Assert.Null((await trust.IssueAsync("seal", "000.00.00.H15", TestContext.Current.CancellationToken)).Error);
        }
        async Task<IPage> SignInAsync(string user)
        {
            var context = await browser!.NewContextAsync(new() { Locale = "vi-VN", ViewportSize = new() { Width = 360, Height = 780 } });
            var p = await context.NewPageAsync();
            await p.GotoAsync(baseUrl + "/dang-nhap?ReturnUrl=/lam-viec/van-ban");
            await p.GetByLabel("Tên đăng nhập").FillAsync(user);
            await p.GetByLabel("Mật khẩu").FillAsync("LienThong@2026");
            await p.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            return p;
        }

        var clerk = await SignInAsync("vanthu.ubndtinh");
        await clerk.GetByLabel("Mẫu văn bản").SelectOptionAsync("cong-van");
        await clerk.GetByLabel("Trích yếu").FillAsync("triển khai tiếp nhận hồ sơ trực tuyến");
        await clerk.GetByLabel("Nội dung (mỗi đoạn cách nhau một dòng trống)").FillAsync("Đề nghị các cơ quan triển khai.\n\nBáo cáo trước ngày 15.");
        await clerk.GetByLabel("Kính gửi (công văn; mỗi dòng một nơi)").FillAsync("Các sở, ban, ngành thành phố");
        await clerk.GetByLabel("Nơi nhận (mỗi dòng một nơi)").FillAsync("Như trên");
        await clerk.GetByLabel("Gửi liên thông tới (mã định danh cơ quan; mỗi dòng một mã)").FillAsync("000.00.02.H15");
        await clerk.GetByLabel("Đơn vị soạn thảo (viết tắt)").FillAsync("VX");
        await clerk.GetByLabel("Người ký (tên đăng nhập)").FillAsync("lanhdao.ubndtinh");
        await clerk.GetByLabel("Thẩm quyền ký").FillAsync("KT. CHỦ TỊCH");
        await clerk.GetByLabel("Chức vụ người ký").FillAsync("Phó Chủ tịch");
        await clerk.GetByLabel("Họ tên người ký").FillAsync("Lê Văn Dũng");
        await clerk.GetByTestId("draft").ClickAsync();
        await Expect(clerk.GetByTestId("pending")).ToContainTextAsync("Dự thảo");

        var leader = await SignInAsync("lanhdao.ubndtinh");
        await leader.GetByTestId("approve").ClickAsync();
        await leader.GetByTestId("sign").ClickAsync();
        await Expect(leader.GetByTestId("pending")).ToContainTextAsync("Đã ký, chờ phát hành");

        await clerk.ReloadAsync();
        await clerk.GetByTestId("issue").ClickAsync();
        await Expect(clerk.GetByTestId("register")).ToContainTextAsync("01/UBND-VX");
        await Expect(clerk.GetByTestId("register")).ToContainTextAsync("V/v triển khai tiếp nhận hồ sơ trực tuyến");
        await Expect(clerk.GetByTestId("no-pending")).ToBeVisibleAsync();
        Assert.True(await clerk.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The register page scrolls sideways on a phone.");

        // Sent through the gateway to the department, whose clerk registers it; the sender sees the status come back.
        await clerk.GetByTestId("send").ClickAsync();
        var department = await SignInAsync("vanthu.stnmt");
        await ReloadUntilAsync(department, department.GetByTestId("incoming"), "V/v triển khai tiếp nhận hồ sơ trực tuyến");
        await department.GetByTestId("register-incoming").ClickAsync();
        await Expect(department.GetByTestId("incoming")).ToContainTextAsync("Đã tiếp nhận (vào sổ)");
        await department.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "incoming-360.png"), FullPage = true });
        await ReloadUntilAsync(clerk, clerk.GetByTestId("deliveries"), "Đã tiếp nhận (vào sổ)");
        await clerk.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "register-360.png"), FullPage = true });
    }

    [Fact]
    public async Task Leader_SeesCommunityTeamCoverage_OnAPhone()
    {
        var page = await OpenPhonePageAsync();
        var baseUrl = app!.Urls.First();
        await page.GotoAsync(baseUrl + "/dang-nhap?ReturnUrl=" + Uri.EscapeDataString("/chi-so?ngay=2023-12-25"));
        await page.GetByLabel("Tên đăng nhập").FillAsync("lanhdao.ubndtinh");
        await page.GetByLabel("Mật khẩu").FillAsync("LienThong@2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await WaitForUrlOrExplainAsync(page, baseUrl + "/chi-so");
        await Expect(page.GetByTestId("districts")).ToHaveTextAsync("18/18", new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("communes")).ToHaveTextAsync("241/241");
        await page.GetByLabel("Ngày").FillAsync("2025-12-01");
        await page.GetByLabel("Tỉnh, thành phố").SelectOptionAsync("48");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Expect(page.GetByTestId("communes")).ToHaveTextAsync("78/94", new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "indicators-360.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The indicators page scrolls sideways on a phone.");

        // The three pillars of the DTI for the city this year, and the plan: the seeded task of Bàn Thạch is late.
        await Expect(page.Locator("[data-testid=pillars-chart] svg")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("pillars")).ToContainTextAsync("Chính quyền số");
        await page.GetByTestId("plan-link").ClickAsync();
        await Expect(page.GetByTestId("plan-progress")).ToContainTextAsync("nhiệm vụ hoàn thành", new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("overdue-20335")).ToContainTextAsync("Phường Bàn Thạch");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The plan page scrolls sideways on a phone.");
        await page.GotoAsync(baseUrl + "/chi-so/dti");
        await Expect(page.GetByTestId("dti-indicators")).ToContainTextAsync("Hoạt động chính quyền số", new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-testid=dti-chart] svg")).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The DTI page scrolls sideways on a phone.");
    }

    /// <summary>
    /// The 766 dashboard on a phone over two dossiers of 2024 in Tân Thạnh (Tam Kỳ): one online, digitised, with an e-result,
    /// returned on time after 2 days; one at the counter, returned late after 10 days, rated 5. By hand: online 1/2 → 4,
    /// digitised 1/2 → 4, re-used 0 → 0, on time 1/2 → 7, 12 / 2 = 6 days → 5, e-results 1/2 → 3.5, satisfied 1/1 → 12,
    /// no payment (no data): 35.5, weak. The drill-down lists the late dossier; the Excel export downloads.
    /// </summary>
    [Fact]
    public async Task Leader_SeesTheServiceQualityIndex_AndTheDossiersBehindIt_OnAPhone()
    {
        var page = await OpenPhonePageAsync();
        var baseUrl = app!.Urls.First();
        var (online, counter) = (Guid.NewGuid(), Guid.NewGuid());
        static LienThong.PublicServices.Contracts.DossierEventDto E(Guid id, string code, string kind, int month, int day, string channel,
            bool? onTime = null, int? score = null) =>
            new(0, id, code, "1.001193", kind, new DateTimeOffset(2024, month, day, 9, 0, 0, TimeSpan.FromHours(7)), "000.31.35.H47", "20335",
                channel, null, null, onTime, score);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LienThong.Indicators.ServiceQuality.DossierProjection>().ApplyAsync(
            [
                E(online, "DASH-1", "received", 3, 4, "online"), E(online, "DASH-1", "digitised", 3, 4, "online"),
                E(online, "DASH-1", "result-issued", 3, 6, "online"), E(online, "DASH-1", "returned", 3, 6, "online", onTime: true),
                E(counter, "DASH-2", "received", 5, 6, "counter"), E(counter, "DASH-2", "returned", 5, 16, "counter", onTime: false),
                E(counter, "DASH-2", "rated", 5, 17, "counter", score: 5),
            ], TestContext.Current.CancellationToken);
        }
        await page.GotoAsync(baseUrl + "/dang-nhap?ReturnUrl=" + Uri.EscapeDataString("/chi-so/phuc-vu?don-vi=49&tu=2024-01-01&den=2024-12-31"));
        await page.GetByLabel("Tên đăng nhập").FillAsync("lanhdao.ubndtinh");
        await page.GetByLabel("Mật khẩu").FillAsync("LienThong@2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await WaitForUrlOrExplainAsync(page, baseUrl + "/chi-so/phuc-vu");
        await Expect(page.GetByTestId("total")).ToHaveTextAsync("35,5", new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("band")).ToHaveTextAsync("Yếu");
        await Expect(page.GetByTestId("index-title")).ToContainTextAsync("Tỉnh Quảng Nam (49)");
        await Expect(page.Locator("[data-testid=groups-chart] svg")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=trend-chart] svg")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("indicators")).ToContainTextAsync("Không có dữ liệu");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "service-quality-360.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The index page scrolls sideways on a phone.");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);

        await page.GetByTestId("drill-2.1").ClickAsync();
        await Expect(page.GetByTestId("dossiers")).ToContainTextAsync("DASH-1");
        await page.GetByTestId("missed").ClickAsync();
        await Expect(page.GetByTestId("count")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("dossiers")).ToContainTextAsync("DASH-2");
        await Expect(page.GetByTestId("dossiers")).Not.ToContainTextAsync("DASH-1");
    }

    /// <summary>Delivery is asynchronous (the gateway's outbox): reloads the page until the text shows, for at most a minute.</summary>
    private static async Task ReloadUntilAsync(IPage page, ILocator locator, string text)
    {
        for (var attempt = 0; attempt < 120 && !(await locator.AllInnerTextsAsync()).Any(t => t.Contains(text, StringComparison.Ordinal)); attempt++)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            await page.ReloadAsync();
        }
        await Expect(locator.First).ToContainTextAsync(text);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (provider is not null)
        {
            await provider.StopAsync();
            await provider.DisposeAsync();
        }
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        await database.DisposeAsync();
    }
}
