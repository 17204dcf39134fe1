using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace LienThong.Documents.EdXml;

/// <summary>Limits on what a received package may make the platform read or unpack.</summary>
public sealed record EdXmlLimits(long MaxPackageBytes = 64 * 1024 * 1024, long MaxAttachmentBytes = 50 * 1024 * 1024, long MaxTotalBytes = 100 * 1024 * 1024,
    int MaxAttachments = 50, int MaxCompressionRatio = 100)
{
    public static readonly EdXmlLimits Default = new();
}

/// <summary>The document read from a package, or null, and every problem found (Vietnamese, with the header field's number).</summary>
public sealed record EdXmlReadResult(EdXmlDocument? Document, IReadOnlyList<string> Errors)
{
    public bool Valid => Document is not null && Errors.Count == 0;
}

/// <summary>
/// Reads edXML packages tolerantly in form and strictly on safety: elements are matched by local name (the root's default
/// namespace, the <c>edXML:</c> prefix, a <c>Signature</c> in either), <c>cid:</c> with or without the prefix in
/// <c>AttachmentEncoded</c>, attachments zipped or not; but no DTD and no external entity (refused before anything is
/// read), a size limit on the package and on each unpacked attachment, a compression-ratio limit (zip bombs), names
/// cleaned of paths and control characters. Mandatory header fields, the e-IDs, the dates and the DocumentId are checked.
/// </summary>
public static partial class EdXmlReader
{
    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")]
    private static partial Regex OrganId();

    [GeneratedRegex(@"^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}),(\d{4}/\d{2}/\d{2}),([^/,]+)/([^,]+)$")]
    private static partial Regex DocumentIdFormat();

    public static EdXmlReadResult Read(Stream package, EdXmlLimits? limits = null)
    {
        limits ??= EdXmlLimits.Default;
        var errors = new List<string>();
        var (xml, loadError) = Load(package, limits);
        if (xml is null)
        {
            return new EdXmlReadResult(null, [loadError!]);
        }
        var root = xml.Root!;
        if (root.Name.LocalName != "edXML")
        {
            return new EdXmlReadResult(null, ["Phần tử gốc không phải edXML."]);
        }
        var header = First(root, "edXMLEnvelope", "edXMLHeader", "MessageHeader");
        if (header is null)
        {
            return new EdXmlReadResult(null, ["Thiếu edXMLEnvelope/edXMLHeader/MessageHeader."]);
        }
        var from = Organization(header.Elements().FirstOrDefault(e => e.Name.LocalName == "From"), "1.1 From", errors);
        var to = header.Elements().Where(e => e.Name.LocalName == "To").Select(e => Organization(e, "1.2 To", errors)).ToList();
        if (to.Count == 0)
        {
            errors.Add("Thiếu trường bắt buộc 1.2 To (nơi nhận).");
        }
        var number = Required(header, "1.3 CodeNumber", errors, "Code", "CodeNumber");
        var notation = Required(header, "1.3 CodeNotation", errors, "Code", "CodeNotation");
        var dateText = Required(header, "1.4 PromulgationDate", errors, "PromulgationInfo", "PromulgationDate");
        DateOnly date = default;
        if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors.Add($"1.4 PromulgationDate \"{dateText}\" không đúng dạng yyyy/MM/dd.");
        }
        if (number is { Length: > 11 } || notation is { Length: > 30 })
        {
            errors.Add("1.3 Code: số tối đa 11 ký tự, ký hiệu tối đa 30 ký tự (QCVN 102:2016).");
        }
        var typeName = Required(header, "1.5 TypeName", errors, "DocumentType", "TypeName");
        var subject = Required(header, "1.6 Subject", errors, "Subject");
        var documentId = Value(header, "DocumentId");
        if (documentId is not null && from is not null && number is not null && notation is not null && dateText is not null)
        {
            var match = DocumentIdFormat().Match(documentId);
            if (!match.Success)
            {
                errors.Add($"1.14 DocumentId \"{documentId}\" không đúng dạng {{OrganId}},{{yyyy/MM/dd}},{{số}}/{{ký hiệu}}.");
            }
            else if (documentId != EdXmlDocument.IdOf(from.OrganId, date, number, notation))
            {
                errors.Add($"1.14 DocumentId \"{documentId}\" không khớp nơi gửi, ngày ban hành, số và ký hiệu của văn bản.");
            }
        }
        var attachments = Attachments(root, limits, errors);
        if (from is null || number is null || notation is null || dateText is null || typeName is null || subject is null || errors.Count > 0)
        {
            return new EdXmlReadResult(null, errors);
        }
        var signer = First(header, "SignerInfo") is { } s
            ? new EdXmlSigner(Value(s, "Competence"), Value(s, "Position"), Value(s, "FullName") ?? "")
            : null;
        var trace = First(root, "edXMLEnvelope", "edXMLHeader", "TraceHeaderList");
        var hops = trace?.Elements().Where(e => e.Name.LocalName == "TraceHeader").Select(h => new EdXmlTrace(Value(h, "OrganId") ?? "",
            DateTime.TryParseExact(Value(h, "Timestamp"), "yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : default))
            .ToList() ?? [];
        var business = trace is not null && First(trace, "Bussiness") is { } b
            ? new EdXmlBusiness(Int(Value(b, "BussinessDocType")), Value(b, "BussinessDocReason"), Value(b, "DocumentId"), Value(b, "Paper") == "1")
            : EdXmlBusiness.New;
        var due = Value(header, "DueDate") is { Length: > 0 } dueText
            && DateOnly.TryParseExact(dueText, "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var other = First(header, "OtherInfo");
        var places = First(header, "ToPlaces")?.Elements().Where(e => e.Name.LocalName == "Place").Select(e => e.Value.Trim()).ToList() ?? [];
        return new EdXmlReadResult(new EdXmlDocument(from, [.. to.OfType<EdXmlOrganization>()], number, notation, Value(header, "PromulgationInfo", "Place") ?? "", date, typeName, subject,
            attachments, Int(Value(header, "DocumentType", "Type")), Int(Value(header, "DocumentType", "TypeDetail")), Value(header, "Content"), signer, due,
            places, Int(other is null ? null : Value(other, "Priority")), Int(other is null ? null : Value(other, "PromulgationAmount")),
            Int(other is null ? null : Value(other, "PageAmount")), Int(Value(header, "SteeringType")), hops, business), errors);
    }

    /// <summary>Parses XML safely: no DTD or entity, at most the package limit read; the document, or why not (Vietnamese).</summary>
    internal static (XDocument? Xml, string? Error) Load(Stream package, EdXmlLimits limits)
    {
        try
        {
            using var bounded = new LimitedStream(package, limits.MaxPackageBytes);
            using var reader = XmlReader.Create(bounded, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersFromEntities = 0,
                IgnoreComments = true,
            });
            return (XDocument.Load(reader), null);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "Gói tin có khai báo DTD hoặc thực thể (DOCTYPE); không được phép vì lý do an toàn.");
        }
        catch (XmlException e)
        {
            return (null, $"Gói tin không phải XML hợp lệ (dòng {e.LineNumber}, cột {e.LinePosition}).");
        }
        catch (PackageTooLargeException)
        {
            return (null, $"Gói tin vượt quá {limits.MaxPackageBytes / 1024 / 1024} MB.");
        }
    }

    private static List<EdXmlAttachment> Attachments(XElement root, EdXmlLimits limits, List<string> errors)
    {
        var manifest = First(root, "edXMLEnvelope", "edXMLBody", "edXMLManifest")?.Elements().Where(e => e.Name.LocalName == "Reference")
            .Select(r => (Id: Cid(Value(r, "ContentId")), Name: Value(r, "AttachmentName"), Type: Value(r, "ContentType"), Description: Value(r, "Description")))
            .ToList() ?? [];
        var encoded = root.Elements().FirstOrDefault(e => e.Name.LocalName == "AttachmentEncoded")?.Elements()
            .Where(e => e.Name.LocalName == "Attachment").ToList() ?? [];
        if (encoded.Count > limits.MaxAttachments)
        {
            errors.Add($"Gói tin có {encoded.Count} tệp đính kèm, vượt quá {limits.MaxAttachments}.");
            return [];
        }
        var result = new List<EdXmlAttachment>();
        long total = 0;
        foreach (var attachment in encoded)
        {
            var id = Cid(Value(attachment, "ContentId"));
            var entry = manifest.FirstOrDefault(m => m.Id == id);
            if (id is null || entry.Id is null)
            {
                errors.Add($"Tệp đính kèm \"{id ?? "(không có ContentId)"}\" không có trong edXMLManifest.");
                continue;
            }
            var base64 = Value(attachment, "ContentTransferEncoded") ?? "";
            if (base64.Length > limits.MaxAttachmentBytes / 3 * 4 + 4)
            {
                errors.Add($"Tệp đính kèm {id} vượt quá {limits.MaxAttachmentBytes / 1024 / 1024} MB.");
                continue;
            }
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                errors.Add($"Tệp đính kèm {id} không phải Base64 hợp lệ.");
                continue;
            }
            var name = CleanName(entry.Name ?? Value(attachment, "AttachmentName"));
            var content = bytes is [0x50, 0x4B, 0x03, 0x04, ..] ? Unzip(bytes, id, limits, errors) : bytes;
            if (content is null)
            {
                continue;
            }
            total += content.Length;
            if (total > limits.MaxTotalBytes)
            {
                errors.Add($"Tổng dung lượng tệp đính kèm vượt quá {limits.MaxTotalBytes / 1024 / 1024} MB.");
                return result;
            }
            result.Add(new EdXmlAttachment(id, name, entry.Type is "application/zip" or null ? "application/octet-stream" : entry.Type, entry.Description, content));
        }
        foreach (var missing in manifest.Where(m => m.Id is not null && encoded.All(a => Cid(Value(a, "ContentId")) != m.Id)))
        {
            errors.Add($"edXMLManifest nhắc tới {missing.Id} nhưng gói tin không có tệp này.");
        }
        return result;
    }

    /// <summary>The single file of a zipped attachment, read with a running count: the sizes the archive claims are not trusted.</summary>
    private static byte[]? Unzip(byte[] zipped, string id, EdXmlLimits limits, List<string> errors)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zipped), ZipArchiveMode.Read);
            var files = archive.Entries.Where(e => !string.IsNullOrEmpty(e.Name)).ToList();
            if (files.Count != 1)
            {
                errors.Add($"Tệp đính kèm {id} nén {files.Count} tệp; mỗi tệp đính kèm nén đúng một tệp.");
                return null;
            }
            var limit = Math.Min(limits.MaxAttachmentBytes, (long)zipped.Length * limits.MaxCompressionRatio);
            using var entry = files[0].Open();
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = entry.Read(buffer)) > 0)
            {
                if (output.Length + read > limit)
                {
                    errors.Add($"Tệp đính kèm {id} giải nén vượt giới hạn (quá {limit / 1024 / 1024} MB hoặc tỉ lệ nén quá {limits.MaxCompressionRatio}:1).");
                    return null;
                }
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            errors.Add($"Tệp đính kèm {id} không phải tệp nén ZIP hợp lệ.");
            return null;
        }
    }

    /// <summary>A file name from a package, cleaned: no folders, control or reserved characters; NFC; at most 150 characters.</summary>
    public static string CleanName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').Last();
        var clean = new string([.. last.Where(c => !char.IsControl(c) && c is not (':' or '"' or '<' or '>' or '|' or '*' or '?'))]).Trim().Trim('.');
        clean = clean.Normalize(System.Text.NormalizationForm.FormC);
        return clean.Length == 0 ? "tep-dinh-kem" : clean.Length > 150 ? clean[..150] : clean;
    }

    private static string? Cid(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.StartsWith("cid:", StringComparison.Ordinal) ? id.Trim() : "cid:" + id.Trim();

    internal static EdXmlOrganization? Organization(XElement? element, string field, List<string> errors)
    {
        if (element is null)
        {
            errors.Add($"Thiếu trường bắt buộc {field}.");
            return null;
        }
        var id = Value(element, "OrganId");
        if (id is null || !OrganId().IsMatch(id))
        {
            errors.Add($"{field}/OrganId \"{id}\" không phải mã định danh cơ quan (ddd.dd.dd.Xdd).");
            return null;
        }
        return new EdXmlOrganization(id, Value(element, "OrganName"), Value(element, "OrganizationInCharge"), Value(element, "OrganAdd"),
            Value(element, "Email"), Value(element, "Telephone"), Value(element, "Fax"), Value(element, "Website"));
    }

    private static string? Required(XElement header, string field, List<string> errors, params string[] path)
    {
        var value = Value(header, path);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"Thiếu trường bắt buộc {field}.");
            return null;
        }
        return value;
    }

    internal static XElement? First(XElement from, params string[] path)
    {
        var current = from;
        foreach (var step in path)
        {
            current = current.Elements().FirstOrDefault(e => e.Name.LocalName == step);
            if (current is null)
            {
                return null;
            }
        }
        return current;
    }

    internal static string? Value(XElement from, params string[] path) => First(from, path)?.Value.Trim() is { Length: > 0 } v ? v : null;

    private static int Int(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private sealed class PackageTooLargeException : IOException;

    /// <summary>Reads at most the limit; more is an error rather than a package held whole in memory.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            read += n;
            return read > limit ? throw new PackageTooLargeException() : n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
