using System.Data.Common;
using LienThong.Documents.EdXml;
using LienThong.Exchange.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Documents.Exchange;

/// <summary>
/// How documents and statuses travel between agencies on the platform: as messages of the provincial document system
/// (<see cref="Consumer"/>) to its own service <see cref="Service"/>, through the gateway's store-and-forward outbox, written
/// in the caller's transaction — the change and the message are kept together or not at all, delivered after the commit,
/// retried until acknowledged, logged in the tamper-evident message log.
/// </summary>
internal sealed class DocumentExchange(IExchangeOutbox outbox)
{
    /// <summary>The provincial document-management system, one for every agency (the Qoffice-like system of the issue).</summary>
    public const string Consumer = "VN-QNA/GOV/000.00.00.H47/QLVB";

    public const string Service = Consumer + "/van-ban";

    /// <summary>The purpose of every document exchange: the QCVN 102 service type <c>eDoc</c>.</summary>
    public const string Purpose = "edoc";

    public const string BasePath = "/he-thong/van-ban/v1";

    /// <summary>Hands over an edXML package for <paramref name="recipient"/>; returns the message id.</summary>
    public Task<string> SendPackageAsync(DbTransaction transaction, string recipient, byte[] package, string user, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(transaction, new ExchangeCall(Consumer, Service, HttpMethod.Post, "/goi-tin/" + recipient, Purpose, User: user),
            package, "application/xml", cancellationToken);

    /// <summary>Hands over an edXML status message for <paramref name="agency"/> (the document's sender, or its receiver for a recall).</summary>
    public Task<string> SendStatusAsync(DbTransaction transaction, string agency, EdXmlStatus status, string user, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(transaction, new ExchangeCall(Consumer, Service, HttpMethod.Post, "/trang-thai/" + agency, Purpose, User: user),
            EdXmlStatusMessages.Build(status), "application/xml", cancellationToken);

    /// <summary>Puts the document system and its service on the exchange, with the right to call it for eDoc (idempotent).</summary>
    public static async Task SeedAsync(IServiceProvider services, Uri baseUrl, CancellationToken cancellationToken)
    {
        var exchange = services.GetRequiredService<IExchangeRegistration>();
        var subsystem = await exchange.EnsureSubsystemAsync("GOV", "000.00.00.H47", "QLVB", "Hệ thống quản lý văn bản và điều hành tỉnh", cancellationToken);
        var service = await exchange.EnsureServiceAsync(new ServiceRegistration(subsystem, "van-ban", "v1", "Gửi, nhận văn bản điện tử (edXML)",
            "Nhận gói tin văn bản điện tử edXML (QCVN 102:2016/BTTTT) gửi tới một cơ quan trên nền tảng, và thông điệp trạng thái xử lý văn bản.",
            new Uri(baseUrl, BasePath).AbsoluteUri, "{}", "shared", PersonalData: false,
            "Nghị định 30/2020/NĐ-CP (công tác văn thư); QCVN 102:2016/BTTTT; Quyết định 28/2018/QĐ-TTg (gửi, nhận văn bản điện tử)"), cancellationToken);
        await exchange.EnsureGrantAsync(Consumer, service, [Purpose], "POST", null, cancellationToken);
    }
}
