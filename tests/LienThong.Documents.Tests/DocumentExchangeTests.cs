using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using LienThong.Host.Cli;
using LienThong.Testing;
using LienThong.Trust;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Documents.Tests;

/// <summary>
/// A công văn of the city's People's Committee sent to the Department of Agriculture and Environment on the platform: the
/// clerk sends it once (a sealed edXML package through the gateway's store-and-forward delivery, over real HTTP); it arrives
/// (01, sent back automatically), is registered (03), assigned (04), processed (05) and completed (06) by the department,
/// and every status shows on the sender's document. A recall is answered; bad hands and bad paths are refused.
/// </summary>
public abstract class DocumentExchangeTests(LiveHost host)
{
    private readonly Waiter waiter = new(host);

    private const string Password = "LienThong@2026";
    private const string Department = "000.00.02.H15";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CongVan_SentToAnotherAgency_IsReceivedRegisteredAndCompleted_WithEveryStatusBackAtTheSender()
    {
        host.Database.RequireAvailable();
        await IssueCertificatesAsync(host);
        using var clerk = await SignInAsync(host, "vanthu.ubndtinh");
        using var leader = await SignInAsync(host, "lanhdao.ubndtinh");
        using var theirClerk = await SignInAsync(host, "vanthu.stnmt");
        using var theirLeader = await SignInAsync(host, "lanhdao.stnmt");
        using var theirSpecialist = await SignInAsync(host, "chuyenvien.stnmt");
        var id = await IssueCongVanAsync(clerk, leader, "V/v phối hợp triển khai chuyển đổi số năm 2026");

        var leaderSends = await leader.PostAsync($"/api/documents/{id}/send", null, Ct);
        var sent = await ReadAsync(await clerk.PostAsync($"/api/documents/{id}/send", null, Ct));
        var again = await clerk.PostAsync($"/api/documents/{id}/send", null, Ct);
        var arrived = await waiter.WaitForIncomingAsync(theirClerk, "chuyển đổi số năm 2026", "01");
        var incomingId = arrived.GetProperty("id").GetString()!;
        await waiter.WaitForStatusAsync(clerk, id, "01");
        var specialistRegisters = await theirSpecialist.PostAsync($"/api/documents/incoming/{incomingId}/register", null, Ct);
        var registered = await ReadAsync(await theirClerk.PostAsync($"/api/documents/incoming/{incomingId}/register", null, Ct));
        var returnTooLate = await theirClerk.PostAsJsonAsync($"/api/documents/incoming/{incomingId}/return", new { reason = "Sai nơi nhận" }, Ct);
        var assignOutside = await theirLeader.PostAsJsonAsync($"/api/documents/incoming/{incomingId}/assign", new { to = "chuyenvien.vpdkdd" }, Ct);
        await ReadAsync(await theirLeader.PostAsJsonAsync($"/api/documents/incoming/{incomingId}/assign", new { to = "chuyenvien.stnmt" }, Ct));
        var leaderProcesses = await theirLeader.PostAsync($"/api/documents/incoming/{incomingId}/process", null, Ct);
        await ReadAsync(await theirSpecialist.PostAsync($"/api/documents/incoming/{incomingId}/process", null, Ct));
        var completed = await ReadAsync(await theirSpecialist.PostAsJsonAsync($"/api/documents/incoming/{incomingId}/complete",
            new { note = "Đã triển khai, báo cáo kết quả trước 15/12." }, Ct));
        var atSender = await waiter.WaitForStatusAsync(clerk, id, "06");
        var notThroughGateway = await theirClerk.PostAsync($"/he-thong/van-ban/v1/goi-tin/{Department}", new ByteArrayContent("<edXML/>"u8.ToArray()), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, leaderSends.StatusCode);
        Assert.Equal(Department, Assert.Single(sent.EnumerateArray()).GetProperty("agency").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode); // exactly one copy per receiving agency
        Assert.Equal(HttpStatusCode.Forbidden, specialistRegisters.StatusCode);
        Assert.Equal("03", registered.GetProperty("status").GetString());
        Assert.True(registered.GetProperty("arrivalNumber").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.Conflict, returnTooLate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, assignOutside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderProcesses.StatusCode);
        Assert.Equal("06", completed.GetProperty("status").GetString());
        var delivery = Assert.Single(atSender.GetProperty("deliveries").EnumerateArray());
        Assert.Equal("Hoàn thành", delivery.GetProperty("statusName").GetString());
        Assert.Equal(["01", "03", "04", "05", "06"], delivery.GetProperty("history").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.StartsWith("Chữ ký số gói tin hợp lệ", delivery.GetProperty("history")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(delivery.GetProperty("history").EnumerateArray(), n => n.GetProperty("staff").GetString() == "chuyenvien.stnmt"
            && n.GetProperty("description").GetString() == "Đã triển khai, báo cáo kết quả trước 15/12.");
        Assert.Equal(HttpStatusCode.Unauthorized, notThroughGateway.StatusCode);
        // One copy only, however often the gateway delivered.
        var register = await ReadAsync(await theirClerk.GetAsync("/api/documents/registers/incoming", Ct));
        Assert.Single(register.EnumerateArray(), r => r.GetProperty("subject").GetString()!.Contains("chuyển đổi số năm 2026", StringComparison.Ordinal));

        // The events the indicators read: signed, issued and sent at the sender; received, registered, completed at the receiver.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var feed = await scope.ServiceProvider.GetRequiredService<LienThong.Documents.Contracts.IDocumentEventFeed>().ReadAsync(0, 10_000, Ct);
            var ours = feed.Where(e => e.DocumentId is not null && e.DocumentId.EndsWith("/UBND-VX", StringComparison.Ordinal)
                && feed.Any(r => r.DocumentId == e.DocumentId && r.Kind == "completed")).ToList();
            Assert.Equal(["signed-digitally", "issued", "sent-electronically", "received-electronically", "registered", "completed"],
                ours.Select(e => e.Kind));
            Assert.Equal(["000.00.00.H15", "000.00.00.H15", "000.00.00.H15", Department, Department, Department], ours.Select(e => e.Agency));
            Assert.Equal("platform", ours.Single(e => e.Kind == "received-electronically").Channel);
            Assert.Equal(Department, ours.Single(e => e.Kind == "sent-electronically").Counterpart);
        }

        // The DTI reads them: the city's documents issued today include this one, sent electronically (indicator 7.5).
        var today = LienThong.BuildingBlocks.Time.VietnamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var dti = await leader.GetFromJsonAsync<JsonElement>($"/api/indicators/dti?unit=000.00.00.H15&from={today}&to={today}", Ct);
        var electronic = dti.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("code").GetString() == "7.5");
        Assert.True(electronic.GetProperty("numerator").GetDecimal() >= 1, electronic.ToString());
        Assert.True(electronic.GetProperty("denominator").GetDecimal() >= electronic.GetProperty("numerator").GetDecimal(), electronic.ToString());

        // The registers exported: Excel read back with ClosedXML, PDF read back with PdfPig.
        using (var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await theirClerk.GetByteArrayAsync("/api/documents/registers/incoming/export?format=xlsx", Ct))))
        {
            var sheet = workbook.Worksheets.First();
            Assert.Equal("Số đến", sheet.Cell(4, 2).GetString());
            var row = sheet.RowsUsed().Single(r => r.Cell(6).GetString().Contains("chuyển đổi số năm 2026", StringComparison.Ordinal));
            Assert.Equal("Hoàn thành", row.Cell(8).GetString());
            Assert.Equal("chuyenvien.stnmt", row.Cell(7).GetString());
        }
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await clerk.GetByteArrayAsync("/api/documents/registers/outgoing/export?format=pdf", Ct)))
        {
            var text = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
            Assert.Contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM", text, StringComparison.Ordinal);
            Assert.Contains("phối hợp triển khai chuyển đổi số", text, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync("/api/documents/registers/outgoing/export?format=docx", Ct)).StatusCode);
    }

    [Fact]
    public async Task Recall_IsAnsweredByTheReceiver_TheWithdrawnCopyKeepsItsRecord_AndThePackageSignatureVerifiesWithXmlsec1()
    {
        host.Database.RequireAvailable();
        await IssueCertificatesAsync(host);
        using var clerk = await SignInAsync(host, "vanthu.ubndtinh");
        using var leader = await SignInAsync(host, "lanhdao.ubndtinh");
        using var theirClerk = await SignInAsync(host, "vanthu.stnmt");
        var id = await IssueCongVanAsync(clerk, leader, "V/v đăng ký lịch tiếp công dân tháng 12");

        await ReadAsync(await clerk.PostAsync($"/api/documents/{id}/send", null, Ct));
        var arrived = await waiter.WaitForIncomingAsync(theirClerk, "lịch tiếp công dân tháng 12", "01");
        var incomingId = arrived.GetProperty("id").GetString()!;
        var noReason = await clerk.PostAsJsonAsync($"/api/documents/{id}/recall", new { reason = " " }, Ct);
        var answerTooEarly = await theirClerk.PostAsJsonAsync($"/api/documents/incoming/{incomingId}/recall-answer", new { accept = true }, Ct);
        await ReadAsync(await clerk.PostAsJsonAsync($"/api/documents/{id}/recall", new { reason = "Văn bản ban hành nhầm đối tượng" }, Ct));
        var asked = await waiter.WaitForAsync(async () =>
        {
            var incoming = await ReadAsync(await theirClerk.GetAsync($"/api/documents/incoming/{incomingId}", Ct));
            return incoming.GetProperty("recallReason").ValueKind == JsonValueKind.String ? incoming : (JsonElement?)null;
        });
        var refuseWithoutReason = await theirClerk.PostAsJsonAsync($"/api/documents/incoming/{incomingId}/recall-answer", new { accept = false }, Ct);
        var withdrawn = await ReadAsync(await theirClerk.PostAsJsonAsync($"/api/documents/incoming/{incomingId}/recall-answer", new { accept = true }, Ct));
        var atSender = await waiter.WaitForStatusAsync(clerk, id, "15");
        var registerAfter = await theirClerk.PostAsync($"/api/documents/incoming/{incomingId}/register", null, Ct);
        var package = await clerk.GetByteArrayAsync($"/api/documents/{id}/edxml", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, answerTooEarly.StatusCode);
        Assert.Equal("Văn bản ban hành nhầm đối tượng", asked.GetProperty("recallReason").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refuseWithoutReason.StatusCode);
        Assert.Equal("15", withdrawn.GetProperty("status").GetString());
        Assert.Equal(["01", "13", "15"], withdrawn.GetProperty("history").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.Equal("Đồng ý lấy lại", Assert.Single(atSender.GetProperty("deliveries").EnumerateArray()).GetProperty("statusName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, registerAfter.StatusCode);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LienThong.Documents.Persistence.DocumentsDbContext>();
            Assert.Empty((await db.Incoming.FindAsync([Guid.Parse(incomingId)], Ct))!.Package);
        }
        await VerifyWithXmlsec1Async(package);
        // A package changed on the way (here its subject) no longer matches its signature: refused, nothing stored.
        var tampered = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(package)
            .Replace("lịch tiếp công dân tháng 12", "lịch tiếp công dân tháng 11", StringComparison.Ordinal));
        var refused = await theirClerk.PostAsync("/api/documents/incoming", new ByteArrayContent(tampered), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Chữ ký số của gói tin không hợp lệ", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretDocuments_AreNotSent_AndOnlyTheDocumentSystemMayDeliverToIt()
    {
        host.Database.RequireAvailable();
        await IssueCertificatesAsync(host);
        using var clerk = await SignInAsync(host, "vanthu.ubndtinh");
        using var leader = await SignInAsync(host, "lanhdao.ubndtinh");
        var draft = await ReadAsync(await clerk.PostAsJsonAsync("/api/documents", new
        {
            type = "CV", subject = "V/v phương án bảo vệ mục tiêu", draftingUnit = "NC", secrecy = "MẬT", paragraphs = new[] { "Nội dung mật." },
            signer = "lanhdao.ubndtinh", signerTitle = "Phó Chủ tịch", signerName = "Lê Văn Dũng", toAgencies = new[] { Department },
        }, Ct), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetString()!;
        await ReadAsync(await leader.PostAsync($"/api/documents/{id}/approve", null, Ct));
        await ReadAsync(await leader.PostAsync($"/api/documents/{id}/sign", null, Ct));
        await ReadAsync(await clerk.PostAsync($"/api/documents/{id}/issue", null, Ct));

        var send = await clerk.PostAsync($"/api/documents/{id}/send", null, Ct);
        var download = await clerk.GetAsync($"/api/documents/{id}/edxml", Ct);
        // A request the gateway signed, but for another subsystem (a member system holding the provider key): refused.
        var key = LienThong.Exchange.Contracts.ProviderAuthentication.LoadKey(host.Services.GetRequiredService<LienThong.BuildingBlocks.Hosting.DataDirectory>());
        var messageId = Guid.NewGuid().ToString();
        var path = $"/he-thong/van-ban/v1/trang-thai/000.00.00.H15";
        using var forged = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent("<edXML/>"u8.ToArray()) };
        forged.Headers.Add(LienThong.Exchange.Contracts.ExchangeHeaders.MessageId, messageId);
        forged.Headers.Add(LienThong.Exchange.Contracts.ExchangeHeaders.Consumer, "VN-QNA/GOV/000.01.02.H47/MOTCUA");
        forged.Headers.Add(LienThong.Exchange.Contracts.ExchangeHeaders.GatewaySignature,
            LienThong.Exchange.Contracts.ProviderAuthentication.Sign(key, messageId, "VN-QNA/GOV/000.01.02.H47/MOTCUA", "POST", path));
        using var http = host.CreateClient();
        var otherSubsystem = await http.SendAsync(forged, Ct);

        Assert.Equal(HttpStatusCode.Conflict, send.StatusCode);
        Assert.Contains("không được gửi qua mạng", await send.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherSubsystem.StatusCode);
    }

    private async Task VerifyWithXmlsec1Async(byte[] package)
    {
        var folder = Directory.CreateTempSubdirectory("lienthong-edxml-").FullName;
        try
        {
            string root;
            await using (var scope = host.Services.CreateAsyncScope())
            {
                root = await scope.ServiceProvider.GetRequiredService<ITrustAdministration>().ExportRootPemAsync(Ct);
            }
            using var http = host.CreateClient();
            var issuing = X509CertificateLoader.LoadCertificate(await http.GetByteArrayAsync("/pki/ca/issuing.cer", Ct)).ExportCertificatePem();
            await File.WriteAllTextAsync(Path.Combine(folder, "root.pem"), root, Ct);
            await File.WriteAllTextAsync(Path.Combine(folder, "issuing.pem"), issuing, Ct);
            await File.WriteAllBytesAsync(Path.Combine(folder, "package.edxml"), package, Ct);
            var (exit, output) = await IndependentTool.RunAsync("xmlsec1", "--verify", "--trusted-pem", Path.Combine(folder, "root.pem"),
                "--untrusted-pem", Path.Combine(folder, "issuing.pem"), Path.Combine(folder, "package.edxml"));
            Assert.True(exit == 0, output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static async Task IssueCertificatesAsync(LiveHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var trust = scope.ServiceProvider.GetRequiredService<ITrustAdministration>();
        var existing = await trust.ListAsync(Ct);
        if (!existing.Any(c => c.OfficialUserName == "lanhdao.ubndtinh" && c.RevokedAtUtc is null))
        {
            Assert.Null((await trust.IssueAsync("official", "lanhdao.ubndtinh", Ct)).Error);
            Assert.Null((await trust.IssueAsync("seal", "000.00.00.H15", Ct)).Error);
        }
    }

    internal static Task<HttpClient> SignInAsync(LiveHost host, string userName) =>
        PortalSessions.OfficialAsync(new Uri(host.Url), userName, Password, Ct);

    /// <summary>Drafts, approves, signs and issues a công văn to the department; returns its id.</summary>
    internal static async Task<string> IssueCongVanAsync(HttpClient clerk, HttpClient leader, string subject)
    {
        var draft = await ReadAsync(await clerk.PostAsJsonAsync("/api/documents", new
        {
            type = "CV", subject, draftingUnit = "VX", paragraphs = new[] { "Ủy ban nhân dân thành phố đề nghị Sở phối hợp thực hiện." },
            addressees = new[] { "Sở Nông nghiệp và Môi trường" }, recipients = new[] { "Như trên", "Lưu: VT, VX" },
            signer = "lanhdao.ubndtinh", signerCompetence = "KT. CHỦ TỊCH", signerTitle = "Phó Chủ tịch", signerName = "Lê Văn Dũng",
            toAgencies = new[] { Department },
        }, Ct), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetString()!;
        await ReadAsync(await leader.PostAsync($"/api/documents/{id}/approve", null, Ct));
        await ReadAsync(await leader.PostAsync($"/api/documents/{id}/sign", null, Ct));
        await ReadAsync(await clerk.PostAsync($"/api/documents/{id}/issue", null, Ct));
        return id;
    }

    /// <summary>Polls the API until a delivery shows, listing the outbox when it does not.</summary>
    internal sealed class Waiter(LiveHost host)
    {
        internal Task<JsonElement> WaitForIncomingAsync(HttpClient clerk, string subject, string status) => WaitForAsync(async () =>
        {
            var register = await ReadAsync(await clerk.GetAsync("/api/documents/registers/incoming", Ct));
            return register.EnumerateArray().Where(r => r.GetProperty("subject").GetString()!.Contains(subject, StringComparison.Ordinal)
                && r.GetProperty("status").GetString() == status).Select(r => (JsonElement?)r).FirstOrDefault();
        });

        internal Task<JsonElement> WaitForStatusAsync(HttpClient clerk, string id, string status) => WaitForAsync(async () =>
        {
            var document = await ReadAsync(await clerk.GetAsync($"/api/documents/{id}", Ct));
            return document.GetProperty("deliveries").EnumerateArray().All(d => d.GetProperty("status").GetString() == status) ? document : (JsonElement?)null;
        });

        /// <summary>Polls until the condition holds: delivery is asynchronous (the outbox sends after the commit).</summary>
        internal async Task<JsonElement> WaitForAsync(Func<Task<JsonElement?>> probe)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                if (await probe() is { } found)
                {
                    return found;
                }
                if (waited.Elapsed > TimeSpan.FromSeconds(90))
                {
                    await using var scope = host.Services.CreateAsyncScope();
                    var outbox = scope.ServiceProvider.GetRequiredService<LienThong.Exchange.Persistence.ExchangeDbContext>().Outbox;
                    Assert.Fail("The delivery did not happen within 90 s. Outbox: " + string.Join("; ",
                        outbox.Select(m => $"{m.Path} {m.State} attempts={m.Attempts} {m.LastError}").ToList()));
                }
                await Task.Delay(200, Ct);
            }
        }
    }

    internal static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

public sealed class SqliteDocumentsHost() : LiveHost(new SqliteTestDatabase());

public sealed class PostgresDocumentsHost() : LiveHost(new PostgresTestDatabase());

public sealed class SqliteDocumentExchangeTests(SqliteDocumentsHost host) : DocumentExchangeTests(host), IClassFixture<SqliteDocumentsHost>;

public sealed class PostgresDocumentExchangeTests(PostgresDocumentsHost host) : DocumentExchangeTests(host), IClassFixture<PostgresDocumentsHost>;

/// <summary>
/// Store-and-forward is durable: a document sent while the platform cannot deliver (delivery stopped, then the platform
/// restarted) waits in the outbox and arrives once — one copy, status 01 back at the sender — after the restart.
/// </summary>
public abstract class DeliveryRestartTests(LiveHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASentDocument_SurvivesARestart_AndArrivesExactlyOnce()
    {
        host.Database.RequireAvailable();
        await DocumentExchangeTests.IssueCertificatesAsync(host);
        string id;
        using (var clerk = await DocumentExchangeTests.SignInAsync(host, "vanthu.ubndtinh"))
        using (var leader = await DocumentExchangeTests.SignInAsync(host, "lanhdao.ubndtinh"))
        {
            id = await DocumentExchangeTests.IssueCongVanAsync(clerk, leader, "V/v kiểm tra gửi văn bản khi hệ thống khởi động lại");
            await DocumentExchangeTests.ReadAsync(await clerk.PostAsync($"/api/documents/{id}/send", null, Ct));
            await Task.Delay(1000, Ct);
            var waiting = await DocumentExchangeTests.ReadAsync(await clerk.GetAsync($"/api/documents/{id}", Ct));
            Assert.Equal(JsonValueKind.Null, Assert.Single(waiting.GetProperty("deliveries").EnumerateArray()).GetProperty("status").ValueKind);
        }

        await host.RestartAsync([]);

        using var clerkAgain = await DocumentExchangeTests.SignInAsync(host, "vanthu.ubndtinh");
        using var theirClerk = await DocumentExchangeTests.SignInAsync(host, "vanthu.stnmt");
        var exchange = new DocumentExchangeTests.Waiter(host);
        await exchange.WaitForIncomingAsync(theirClerk, "khi hệ thống khởi động lại", "01");
        var atSender = await exchange.WaitForStatusAsync(clerkAgain, id, "01");
        var register = await DocumentExchangeTests.ReadAsync(await theirClerk.GetAsync("/api/documents/registers/incoming", Ct));

        Assert.Equal("Đã đến", Assert.Single(atSender.GetProperty("deliveries").EnumerateArray()).GetProperty("statusName").GetString());
        Assert.Single(register.EnumerateArray(), r => r.GetProperty("subject").GetString()!.Contains("khởi động lại", StringComparison.Ordinal));
    }
}

/// <summary>Starts with the outbox's delivery switched off; <see cref="LiveHost.RestartAsync"/> turns it back on.</summary>
public sealed class SqliteStoppedDeliveryHost() : LiveHost(new SqliteTestDatabase())
{
    protected override IEnumerable<string> Settings => ["--Exchange:DeliveryEnabled", "false"];
}

public sealed class PostgresStoppedDeliveryHost() : LiveHost(new PostgresTestDatabase())
{
    protected override IEnumerable<string> Settings => ["--Exchange:DeliveryEnabled", "false"];
}

public sealed class SqliteDeliveryRestartTests(SqliteStoppedDeliveryHost host) : DeliveryRestartTests(host), IClassFixture<SqliteStoppedDeliveryHost>;

public sealed class PostgresDeliveryRestartTests(PostgresStoppedDeliveryHost host) : DeliveryRestartTests(host), IClassFixture<PostgresStoppedDeliveryHost>;
