using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Time;
using LienThong.Documents.Domain;
using LienThong.Documents.EdXml;
using LienThong.Documents.Persistence;
using LienThong.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Documents.Drafting;

/// <summary>An issued document as an edXML package (QCVN 102:2016): its header from the register, the sealed PDF attached.</summary>
internal sealed class DocumentPackages(DocumentsDbContext db, IRegistryDirectory registry, LienThong.Trust.Contracts.IDocumentSigner signer, TimeProvider time)
{
    /// <summary>The package as it leaves the agency: built, then sealed by the sending system (XML-DSig, enveloped, the agency's seal).</summary>
    public async Task<byte[]> SealedAsync(string id, CancellationToken cancellationToken)
    {
        var document = await PackAsync(id, cancellationToken);
        var package = await signer.SealXmlAsync(EdXmlWriter.Build(document), document.From.OrganId, cancellationToken);
        return package.Signed ?? throw new ProblemException(DocumentDesk.SigningFailed, "Chưa ký được gói tin: " + package.Error);
    }

    /// <param name="id">The document's identifier, or its edXML DocumentId <c>{OrganId},{yyyy/MM/dd},{number}/{notation}</c>.</param>
    public async Task<EdXmlDocument> PackAsync(string id, CancellationToken cancellationToken)
    {
        var document = await FindAsync(id, cancellationToken)
            ?? throw new ProblemException(DocumentDesk.NotFound, $"Không có văn bản {id}.");
        if (document.Status != DocumentStatus.Issued)
        {
            throw new ProblemException(DocumentDesk.WrongState, "Chỉ đóng gói văn bản đã phát hành.");
        }
        if (document.Secrecy is not null)
        {
            // Secret documents do not travel on the public network (Law on Protection of State Secrets 2018, Art. 5).
            throw new ProblemException(DocumentDesk.WrongState, $"Văn bản {document.Secrecy} không được gửi qua mạng; chuyển bản giấy theo quy định bảo vệ bí mật nhà nước.");
        }
        var today = VietnamTime.Today(time);
        var to = new List<EdXmlOrganization>();
        foreach (var agency in DocumentDesk.Read(document.ToAgencies))
        {
            to.Add(new EdXmlOrganization(agency, (await registry.InForceAsync(agency, today, cancellationToken))?.Name));
        }
        if (to.Count == 0)
        {
            throw new ProblemException(DocumentDesk.WrongState, "Văn bản chưa có cơ quan nhận (mã định danh) để gửi liên thông.");
        }
        var number = Numbering.Notation.Number(document.Number!.Value);
        return new EdXmlDocument(new EdXmlOrganization(document.Agency, document.AgencyName), to, number, document.Notation!, document.Place,
            document.IssuedOn!.Value, DocumentTypes.Find(document.TypeCode)!.Name, document.Subject,
            [
                new EdXmlAttachment("cid:1", $"{number}-{document.Notation}.pdf", "application/pdf", "Văn bản điện tử có chữ ký số", document.Pdf!),
                .. (await db.Attachments.AsNoTracking().Where(a => a.DocumentId == document.Id).OrderBy(a => a.Position).ToListAsync(cancellationToken))
                    .Select(a => new EdXmlAttachment($"cid:{a.Position + 1}", a.Name, "application/pdf", "Tài liệu kèm theo", a.Content)),
            ],
            Signer: new EdXmlSigner(document.SignerCompetence, document.SignerTitle, document.SignerName), DueDate: document.DueDate,
            ToPlaces: DocumentDesk.Read(document.Recipients),
            Priority: document.Urgency switch { "KHẨN" => 1, "THƯỢNG KHẨN" => 2, "HỎA TỐC" => 3, _ => 0 },
            Trace: [new EdXmlTrace(document.Agency, VietnamTime.ToVietnam(time.GetUtcNow()).DateTime)],
            Business: document.BusinessType > 0
                ? new EdXmlBusiness(document.BusinessType, document.BusinessReason, document.RelatedDocumentId)
                : EdXmlBusiness.New);
    }

    private async Task<OfficialDocument?> FindAsync(string id, CancellationToken cancellationToken) => Guid.TryParse(id, out var guid)
        ? await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == guid, cancellationToken)
        : await DocumentDesk.ByDocumentIdAsync(db.Documents.AsNoTracking(), id, cancellationToken);
}
