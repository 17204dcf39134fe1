using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LienThong.Testing;
using LienThong.Trust;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace LienThong.Documents.Tests;

/// <summary>
/// A công văn of the city's People's Committee from draft to issue over the API, as its officials: the clerk drafts, the
/// vice-chairman approves and signs (the number is given then, and given back when the signature fails), the clerk issues
/// with the seal; the PDF carries two valid signatures; the outgoing register lists it. Rights and bad drafts are refused.
/// </summary>
public abstract class DocumentFlowTests(LienThongApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object CongVan(string? urgency = null) => new
    {
        type = "CV", subject = "V/v triển khai tiếp nhận hồ sơ trực tuyến toàn trình", draftingUnit = "VX",
        paragraphs = new[] { "Thực hiện Nghị định 118/2025/NĐ-CP, Ủy ban nhân dân thành phố đề nghị các cơ quan, đơn vị triển khai tiếp nhận hồ sơ trực tuyến toàn trình." },
        addressees = new[] { "Các sở, ban, ngành thành phố" }, recipients = new[] { "Như trên", "Chủ tịch, các PCT UBND thành phố" },
        signer = "lanhdao.ubndtinh", signerCompetence = "KT. CHỦ TỊCH", signerTitle = "Phó Chủ tịch", signerName = "Lê Văn Dũng", urgency,
        toAgencies = new[] { "000.00.02.H15", "000.17.99.H15" },
    };

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task CongVan_FromDraftToIssue_NumberedAtSigning_WithTwoValidSignatures()
    {
        app.Database.RequireAvailable();
        using var clerk = await OAuthFlows.SignedInBrowserAsync(app, "vanthu.ubndtinh");
        using var leader = await OAuthFlows.SignedInBrowserAsync(app, "lanhdao.ubndtinh");
        using var other = await OAuthFlows.SignedInBrowserAsync(app, "chuyenvien.stnmt");

        var bad = await clerk.PostAsJsonAsync("/api/documents", new { type = "XX", subject = " ", paragraphs = Array.Empty<string>(), urgency = "GẤP",
            toAgencies = new[] { "000.99.99.H99" } }, Ct);
        var draft = await ReadAsync(await clerk.PostAsJsonAsync("/api/documents", CongVan("KHẨN"), Ct), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetString()!;
        var elsewhere = await other.GetAsync($"/api/documents/{id}", Ct);
        var emptyComment = await clerk.PostAsJsonAsync($"/api/documents/{id}/comments", new { text = "" }, Ct);
        await ReadAsync(await clerk.PostAsJsonAsync($"/api/documents/{id}/comments", new { text = "Bổ sung thời hạn báo cáo." }, Ct));
        var clerkApproves = await clerk.PostAsync($"/api/documents/{id}/approve", null, Ct);
        var signTooEarly = await leader.PostAsync($"/api/documents/{id}/sign", null, Ct);
        await ReadAsync(await leader.PostAsync($"/api/documents/{id}/approve", null, Ct));
        var noCertificate = await leader.PostAsync($"/api/documents/{id}/sign", null, Ct);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var trust = scope.ServiceProvider.GetRequiredService<ITrustAdministration>();
            Assert.Null((await trust.IssueAsync("official", "lanhdao.ubndtinh", Ct)).Error);
            Assert.Null((await trust.IssueAsync("seal", "000.00.00.H15", Ct)).Error);
        }
        var signed = await ReadAsync(await leader.PostAsync($"/api/documents/{id}/sign", null, Ct));
        var leaderIssues = await leader.PostAsync($"/api/documents/{id}/issue", null, Ct);
        var issued = await ReadAsync(await clerk.PostAsync($"/api/documents/{id}/issue", null, Ct));
        var pdf = await clerk.GetByteArrayAsync($"/api/documents/{id}/pdf", Ct);
        var register = await ReadAsync(await clerk.GetAsync("/api/documents/registers/outgoing", Ct));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("type", out _) && errors.TryGetProperty("subject", out _) && errors.TryGetProperty("urgency", out _)
            && errors.TryGetProperty("toAgencies", out _));
        Assert.Equal("000.00.00.H15", draft.GetProperty("agency").GetString()); // the province's committee merged into the city's (ADR 0004)
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, emptyComment.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, clerkApproves.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, signTooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, noCertificate.StatusCode);
        Assert.Equal("Số: 01/UBND-VX", signed.GetProperty("numberLine").GetString()); // the failed signature gave its number back
        Assert.Equal(HttpStatusCode.Forbidden, leaderIssues.StatusCode);
        Assert.Equal("Issued", issued.GetProperty("status").GetString());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (reports, error) = await scope.ServiceProvider.GetRequiredService<ITrustAdministration>().ValidatePdfAsync(pdf, Ct);
            Assert.Null(error);
            Assert.Equal(2, reports!.Count);
            Assert.All(reports, r => Assert.Equal("TOTAL_PASSED", r.Indication));
        }
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));
            Assert.Contains("Số: 01/UBND-VX", text, StringComparison.Ordinal);
            Assert.Contains("KHẨN", text, StringComparison.Ordinal);
            Assert.Contains("Kính gửi: Các sở, ban, ngành thành phố", text, StringComparison.Ordinal);
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The issued document as an edXML package: our reader accepts it, with the sealed PDF as its attachment.
            var package = await DocumentsModule.PackAsync(scope.ServiceProvider, id, Ct);
            var read = LienThong.Documents.EdXml.EdXmlReader.Read(new MemoryStream(package));
            Assert.True(read.Valid, string.Join("; ", read.Errors));
            Assert.Matches(@"^000\.00\.00\.H15,\d{4}/\d{2}/\d{2},01/UBND-VX$", read.Document!.DocumentId);
            Assert.Equal(["000.00.02.H15", "000.17.99.H15"], read.Document.To.Select(t => t.OrganId));
            Assert.Equal(pdf, read.Document.Attachments.Single().Content);
            Assert.Equal(1, read.Document.Priority);
            var byDocumentId = await DocumentsModule.PackAsync(scope.ServiceProvider, read.Document.DocumentId, Ct);
            Assert.True(LienThong.Documents.EdXml.EdXmlReader.Read(new MemoryStream(byDocumentId)).Valid);
        }
        var row = Assert.Single(register.EnumerateArray());
        Assert.Equal(("01", "UBND-VX", "Công văn", 1), (row.GetProperty("codeNumber").GetString(), row.GetProperty("codeNotation").GetString(),
            row.GetProperty("typeName").GetString(), row.GetProperty("priority").GetInt32()));
        Assert.True(row.GetProperty("pageAmount").GetInt32() >= 1);
        Assert.Equal("KT. CHỦ TỊCH Phó Chủ tịch", row.GetProperty("signerPosition").GetString());
    }

    [Fact]
    public async Task Attachment_IsSearchableByItsText_SealedAtTheTopRightAtIssue_AndTravelsInThePackage()
    {
        app.Database.RequireAvailable();
        using var clerk = await OAuthFlows.SignedInBrowserAsync(app, "vanthu.stnmt");
        using var leader = await OAuthFlows.SignedInBrowserAsync(app, "lanhdao.stnmt");
        var draft = await ReadAsync(await clerk.PostAsJsonAsync("/api/documents", new
        {
            type = "QĐ", subject = "Về việc công bố danh mục thủ tục hành chính", paragraphs = new[] { "Công bố kèm theo Quyết định này danh mục." },
            recipients = new[] { "Như Điều 3", "Lưu: VT, VP" }, signer = "lanhdao.stnmt", signerCompetence = "KT. GIÁM ĐỐC", signerTitle = "Phó Giám đốc",
            signerName = "Trương Công Hậu", toAgencies = new[] { "000.00.00.H15" },
        }, Ct), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetString()!;
        var appendix = SamplePdf.Create(2, "PHỤ LỤC Danh mục thủ tục hành chính liên thông điện tử");

        var notPdf = await clerk.PostAsync($"/api/documents/{id}/attachments?name=phu-luc.pdf", new ByteArrayContent("MZ not a pdf"u8.ToArray()), Ct);
        var huge = new byte[21 * 1024 * 1024];
        "%PDF-1.7"u8.CopyTo(huge);
        var tooLarge = await clerk.PostAsync($"/api/documents/{id}/attachments?name=lon.pdf", new ByteArrayContent(huge), Ct);
        var attached = await ReadAsync(await clerk.PostAsync($"/api/documents/{id}/attachments?name=..%2Fphu-luc-danh-muc.pdf",
            new ByteArrayContent(appendix), Ct), HttpStatusCode.Created);
        var found = await ReadAsync(await clerk.GetAsync("/api/documents/search?q=danh+muc+thu+tuc+lien+thong+dien+tu", Ct));
        await ReadAsync(await leader.PostAsync($"/api/documents/{id}/approve", null, Ct));
        var afterApproval = await clerk.PostAsync($"/api/documents/{id}/attachments?name=muon.pdf", new ByteArrayContent(appendix), Ct);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var trust = scope.ServiceProvider.GetRequiredService<ITrustAdministration>();
            Assert.Null((await trust.IssueAsync("official", "lanhdao.stnmt", Ct)).Error);
            Assert.Null((await trust.IssueAsync("seal", "000.00.02.H15", Ct)).Error);
        }
        await ReadAsync(await leader.PostAsync($"/api/documents/{id}/sign", null, Ct));
        await ReadAsync(await clerk.PostAsync($"/api/documents/{id}/issue", null, Ct));
        var issued = await ReadAsync(await clerk.GetAsync($"/api/documents/{id}", Ct));
        var sealedAppendix = await clerk.GetByteArrayAsync($"/api/documents/{id}/attachments/{attached.GetProperty("id").GetString()}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, notPdf.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("phu-luc-danh-muc.pdf", attached.GetProperty("name").GetString());
        Assert.Equal(["Về việc công bố danh mục thủ tục hành chính"], found.EnumerateArray().Select(d => d.GetProperty("subject").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, afterApproval.StatusCode);
        Assert.True(Assert.Single(issued.GetProperty("attachments").EnumerateArray()).GetProperty("sealed").GetBoolean());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (reports, error) = await scope.ServiceProvider.GetRequiredService<ITrustAdministration>().ValidatePdfAsync(sealedAppendix, Ct);
            Assert.Null(error);
            var seal = Assert.Single(reports!);
            Assert.Equal("TOTAL_PASSED", seal.Indication);
            Assert.Equal("Sở Nông nghiệp và Môi trường thành phố Đà Nẵng", seal.Signer);
            var package = LienThong.Documents.EdXml.EdXmlReader.Read(new MemoryStream(await DocumentsModule.PackAsync(scope.ServiceProvider, id, Ct)));
            Assert.True(package.Valid, string.Join("; ", package.Errors));
            Assert.Equal(["cid:1", "cid:2"], package.Document!.Attachments.Select(a => a.ContentId));
            Assert.Equal(sealedAppendix, package.Document.Attachments[1].Content);
        }
    }

    [Fact]
    public async Task Templates_GiveTheTypeSubjectAndSkeleton_OfSixKindsOfDocument()
    {
        app.Database.RequireAvailable();
        using var clerk = await OAuthFlows.SignedInBrowserAsync(app, "vanthu.ubndtinh");
        var templates = await ReadAsync(await clerk.GetAsync("/api/documents/templates", Ct));
        var drafts = new Dictionary<string, JsonElement>();
        foreach (var key in new[] { "cong-van", "quyet-dinh", "to-trinh", "bao-cao", "thong-bao", "giay-moi" })
        {
            drafts[key] = await ReadAsync(await clerk.PostAsJsonAsync("/api/documents", new
            {
                template = key, subject = "tổ chức hội nghị sơ kết chuyển đổi số", draftingUnit = "VX", signer = "lanhdao.ubndtinh",
                signerTitle = "Phó Chủ tịch", signerName = "Lê Văn Dũng",
            }, Ct), HttpStatusCode.Created);
        }
        var unknown = await clerk.PostAsJsonAsync("/api/documents", new { template = "khong-co", subject = "x" }, Ct);

        Assert.Equal(["cong-van", "quyet-dinh", "to-trinh", "bao-cao", "thong-bao", "giay-moi"],
            templates.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("key").GetString()));
        Assert.Equal(["CV", "QĐ", "TTr", "BC", "TB", "GM"], drafts.Values.Select(d => d.GetProperty("typeCode").GetString()));
        Assert.Equal("V/v tổ chức hội nghị sơ kết chuyển đổi số", drafts["cong-van"].GetProperty("subject").GetString());
        Assert.Equal("Về việc tổ chức hội nghị sơ kết chuyển đổi số", drafts["quyet-dinh"].GetProperty("subject").GetString());
        Assert.Equal("tổ chức hội nghị sơ kết chuyển đổi số", drafts["giay-moi"].GetProperty("subject").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True(JsonDocument.Parse(await unknown.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").TryGetProperty("template", out _));
    }
}

public sealed class SqliteDocumentFlowTests(SqliteApp app) : DocumentFlowTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresDocumentFlowTests(PostgresApp app) : DocumentFlowTests(app), IClassFixture<PostgresApp>;
