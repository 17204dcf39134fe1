using System.Globalization;

namespace LienThong.Documents.EdXml;

/// <summary>An agency in an edXML header (QCVN 102:2016 1.1 From, 1.2 To): its e-ID (13 characters) and contact details.</summary>
public sealed record EdXmlOrganization(string OrganId, string? OrganName = null, string? OrganizationInCharge = null, string? OrganAdd = null,
    string? Email = null, string? Telephone = null, string? Fax = null, string? Website = null);

/// <param name="Competence">The authority prefix of Decree 30 (TM., KT., TL., TUQ., Q.) with the title, e.g. <c>KT. CHỦ TỊCH</c>.</param>
public sealed record EdXmlSigner(string? Competence, string? Position, string FullName);

/// <summary>One hop of the trace (<c>yyyy/MM/dd HH:mm:ss</c>, Vietnam time).</summary>
public sealed record EdXmlTrace(string OrganId, DateTime Timestamp);

/// <summary>The <c>Bussiness</c> block (spelt so in the standard).</summary>
/// <param name="DocType">0 new, 1 revoke, 2 update, 3 replace.</param>
/// <param name="DocumentId">For 1–3: the original document's identifier.</param>
/// <param name="Paper">A paper copy is also sent.</param>
public sealed record EdXmlBusiness(int DocType, string? Reason, string? DocumentId = null, bool Paper = false)
{
    public static readonly EdXmlBusiness New = new(0, "Văn bản điện tử mới");
}

/// <param name="ContentId">With the <c>cid:</c> prefix.</param>
/// <param name="Content">The file itself (unzipped when the package carried it zipped).</param>
public sealed record EdXmlAttachment(string ContentId, string Name, string ContentType, string? Description, byte[] Content);

/// <summary>
/// An electronic official document as an edXML package carries it (QCVN 102:2016/BTTTT, MessageHeader 1.1–1.14,
/// TraceHeaderList, attachments). <see cref="DocumentId"/> is <c>{OrganId},{yyyy/MM/dd},{number}/{notation}</c>.
/// </summary>
public sealed record EdXmlDocument(
    EdXmlOrganization From,
    IReadOnlyList<EdXmlOrganization> To,
    string CodeNumber,
    string CodeNotation,
    string Place,
    DateOnly PromulgationDate,
    string TypeName,
    string Subject,
    IReadOnlyList<EdXmlAttachment> Attachments,
    int Type = 1,
    int TypeDetail = 0,
    string? Content = null,
    EdXmlSigner? Signer = null,
    DateOnly? DueDate = null,
    IReadOnlyList<string>? ToPlaces = null,
    int Priority = 0,
    int PromulgationAmount = 1,
    int PageAmount = 1,
    int SteeringType = 0,
    IReadOnlyList<EdXmlTrace>? Trace = null,
    EdXmlBusiness? Business = null)
{
    public string DocumentId => IdOf(From.OrganId, PromulgationDate, CodeNumber, CodeNotation);

    public static string IdOf(string organId, DateOnly date, string number, string notation) =>
        string.Create(CultureInfo.InvariantCulture, $"{organId},{date:yyyy'/'MM'/'dd},{number}/{notation}");
}
