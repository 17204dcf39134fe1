using System.Globalization;
using System.Text;
using System.Xml;

namespace LienThong.Documents.EdXml;

/// <summary>
/// A status (feedback) message of QCVN 102:2016 about a document sent through the system: which document
/// (<see cref="ResponseFor"/>), who reports (<see cref="From"/>), the status code, a reason, the time (Vietnam time) and the
/// staff. Receivers send 01–06, 15 and 16; the sender sends 13 (recall request).
/// </summary>
/// <param name="ResponseFor">The document: its issuer's e-ID, number/notation, promulgation date and DocumentId.</param>
public sealed record EdXmlStatus(EdXmlStatusSubject ResponseFor, EdXmlOrganization From, string StatusCode, string? Description, DateTime Timestamp,
    string? Department = null, string? Staff = null);

/// <param name="Code">Number and notation, e.g. <c>05/UBND-VX</c>.</param>
public sealed record EdXmlStatusSubject(string OrganId, string Code, DateOnly PromulgationDate, string DocumentId);

/// <summary>Status codes of the edXML feedback message and their Vietnamese names (reference: vn-standards §1.6).</summary>
public static class EdXmlStatusCodes
{
    public const string Arrived = "01";
    public const string Returned = "02";
    public const string Registered = "03";
    public const string Assigned = "04";
    public const string Processing = "05";
    public const string Completed = "06";
    public const string RecallRequested = "13";
    public const string RecallAccepted = "15";
    public const string RecallRefused = "16";

    private static readonly Dictionary<string, string> Names = new()
    {
        [Arrived] = "Đã đến", [Returned] = "Từ chối tiếp nhận (trả lại)", [Registered] = "Đã tiếp nhận (vào sổ)", [Assigned] = "Đã phân công xử lý",
        [Processing] = "Đang xử lý", [Completed] = "Hoàn thành", [RecallRequested] = "Yêu cầu lấy lại", [RecallAccepted] = "Đồng ý lấy lại",
        [RecallRefused] = "Từ chối lấy lại",
    };

    public static bool Known(string? code) => code is not null && Names.ContainsKey(code);

    public static string NameOf(string? code) => code is not null && Names.TryGetValue(code, out var name) ? name : "Đã gửi, chờ phản hồi";

    /// <summary>Codes that must carry a reason: returning, asking for a recall, refusing a recall.</summary>
    public static bool NeedsReason(string code) => code is Returned or RecallRequested or RecallRefused;
}

/// <summary>Builds and reads status messages: the envelope of an edXML package with <c>Status</c> in its header.</summary>
public static class EdXmlStatusMessages
{
    private const string Ns = EdXmlWriter.Namespace;
    private const string P = EdXmlWriter.P;
    private const string TimeFormat = "yyyy'/'MM'/'dd HH:mm:ss";

    public static byte[] Build(EdXmlStatus s)
    {
        using var output = new MemoryStream();
        using (var w = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("edXML", Ns);
            w.WriteStartElement(P, "edXMLEnvelope", Ns);
            w.WriteAttributeString("xmlns", P, null, Ns);
            w.WriteStartElement(P, "edXMLHeader", Ns);
            w.WriteStartElement(P, "Status", Ns);
            w.WriteStartElement(P, "ResponseFor", Ns);
            EdXmlWriter.Text(w, "OrganId", s.ResponseFor.OrganId);
            EdXmlWriter.Text(w, "Code", s.ResponseFor.Code);
            EdXmlWriter.Text(w, "PromulgationDate", EdXmlWriter.Date(s.ResponseFor.PromulgationDate));
            EdXmlWriter.Text(w, "DocumentId", s.ResponseFor.DocumentId);
            w.WriteEndElement();
            EdXmlWriter.Organization(w, "From", s.From);
            EdXmlWriter.Text(w, "StatusCode", s.StatusCode);
            EdXmlWriter.Text(w, "Description", s.Description ?? EdXmlStatusCodes.NameOf(s.StatusCode));
            EdXmlWriter.Text(w, "Timestamp", s.Timestamp.ToString(TimeFormat, CultureInfo.InvariantCulture));
            w.WriteStartElement(P, "StaffInfo", Ns);
            EdXmlWriter.Text(w, "Department", s.Department ?? "");
            EdXmlWriter.Text(w, "Staff", s.Staff ?? "");
            EdXmlWriter.Text(w, "Mobile", "");
            EdXmlWriter.Text(w, "Email", "");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement(P, "edXMLBody", Ns);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return output.ToArray();
    }

    /// <summary>Reads a status message with the package reader's safety rules (no DTD, size limit); the status, or the errors.</summary>
    public static (EdXmlStatus? Status, IReadOnlyList<string> Errors) Read(Stream message)
    {
        var (xml, error) = EdXmlReader.Load(message, EdXmlLimits.Default with { MaxPackageBytes = 1024 * 1024 });
        if (xml is null)
        {
            return (null, [error!]);
        }
        var status = xml.Root is { } root ? EdXmlReader.First(root, "edXMLEnvelope", "edXMLHeader", "Status") : null;
        if (status is null)
        {
            return (null, ["Thiếu edXMLEnvelope/edXMLHeader/Status."]);
        }
        var errors = new List<string>();
        var organId = EdXmlReader.Value(status, "ResponseFor", "OrganId");
        var code = EdXmlReader.Value(status, "ResponseFor", "Code");
        var documentId = EdXmlReader.Value(status, "ResponseFor", "DocumentId");
        var dateText = EdXmlReader.Value(status, "ResponseFor", "PromulgationDate");
        if (organId is null || code is null || documentId is null)
        {
            errors.Add("Thiếu ResponseFor (OrganId, Code, DocumentId) của văn bản được phản hồi.");
        }
        if (!DateOnly.TryParseExact(dateText, "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add($"ResponseFor/PromulgationDate \"{dateText}\" không đúng dạng yyyy/MM/dd.");
        }
        var from = EdXmlReader.Organization(status.Elements().FirstOrDefault(e => e.Name.LocalName == "From"), "From", errors);
        var statusCode = EdXmlReader.Value(status, "StatusCode");
        if (!EdXmlStatusCodes.Known(statusCode))
        {
            errors.Add($"StatusCode \"{statusCode}\" không thuộc 01–06, 13, 15, 16.");
        }
        var description = EdXmlReader.Value(status, "Description");
        if (statusCode is not null && EdXmlStatusCodes.NeedsReason(statusCode) && description is null)
        {
            errors.Add($"Trạng thái {statusCode} phải có lý do (Description).");
        }
        var timeText = EdXmlReader.Value(status, "Timestamp");
        if (!DateTime.TryParseExact(timeText, ["yyyy/MM/dd HH:mm:ss", "dd/MM/yyyy HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            errors.Add($"Timestamp \"{timeText}\" không đúng dạng yyyy/MM/dd HH:mm:ss.");
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new EdXmlStatus(new EdXmlStatusSubject(organId!, code!, date, documentId!), from!, statusCode!, Cut(description, 1000), at,
            Cut(EdXmlReader.Value(status, "StaffInfo", "Department"), 200), Cut(EdXmlReader.Value(status, "StaffInfo", "Staff"), 100)), errors);
    }

    private static string? Cut(string? value, int max) => value is null ? null : value.Length > max ? value[..max] : value;
}
