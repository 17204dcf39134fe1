using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace LienThong.Documents.EdXml;

/// <summary>
/// Builds edXML packages in the shape of the Government Office's sample (QCVN 102:2016/BTTTT): an unprefixed root in the
/// edXML namespace, the envelope and everything under it with the <c>edXML:</c> prefix, the manifest with <c>cid:</c>
/// references, and the attachments zipped, Base64-encoded, in <c>AttachmentEncoded</c> outside the envelope. Dates are
/// <c>yyyy/MM/dd</c>, trace times <c>yyyy/MM/dd HH:mm:ss</c>.
/// </summary>
public static class EdXmlWriter
{
    public const string Namespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    internal const string P = "edXML";

    public static byte[] Build(EdXmlDocument d)
    {
        using var output = new MemoryStream();
        using (var w = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("edXML", Namespace);
            w.WriteStartElement(P, "edXMLEnvelope", Namespace);
            w.WriteAttributeString("xmlns", P, null, Namespace);
            w.WriteStartElement(P, "edXMLHeader", Namespace);
            WriteMessageHeader(w, d);
            WriteTrace(w, d);
            w.WriteEndElement();
            w.WriteStartElement(P, "edXMLBody", Namespace);
            w.WriteStartElement(P, "edXMLManifest", Namespace);
            w.WriteAttributeString("version", "1.0");
            foreach (var a in d.Attachments)
            {
                w.WriteStartElement(P, "Reference", Namespace);
                Text(w, "ContentId", a.ContentId);
                Text(w, "ContentType", "application/zip");
                Text(w, "Description", a.Description ?? a.Name);
                Text(w, "AttachmentName", a.Name);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("AttachmentEncoded", Namespace);
            foreach (var a in d.Attachments)
            {
                w.WriteStartElement("Attachment", Namespace);
                w.WriteElementString("ContentId", Namespace, a.ContentId);
                w.WriteElementString("AttachmentName", Namespace, a.Name);
                w.WriteElementString("Description", Namespace, a.Description ?? a.Name);
                w.WriteElementString("ContentType", Namespace, "application/zip");
                w.WriteElementString(P, "ContentTransferEncoded", Namespace, Convert.ToBase64String(Zip(a)));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return output.ToArray();
    }

    private static void WriteMessageHeader(XmlWriter w, EdXmlDocument d)
    {
        w.WriteStartElement(P, "MessageHeader", Namespace);
        Organization(w, "From", d.From);
        foreach (var to in d.To)
        {
            Organization(w, "To", to);
        }
        w.WriteStartElement(P, "Code", Namespace);
        Text(w, "CodeNumber", d.CodeNumber);
        Text(w, "CodeNotation", d.CodeNotation);
        w.WriteEndElement();
        w.WriteStartElement(P, "PromulgationInfo", Namespace);
        Text(w, "Place", d.Place);
        Text(w, "PromulgationDate", Date(d.PromulgationDate));
        w.WriteEndElement();
        w.WriteStartElement(P, "DocumentType", Namespace);
        Text(w, "Type", Int(d.Type));
        Text(w, "TypeDetail", Int(d.TypeDetail));
        Text(w, "TypeName", d.TypeName);
        w.WriteEndElement();
        Text(w, "Subject", d.Subject);
        Text(w, "Content", d.Content ?? d.Subject);
        if (d.Signer is { } signer)
        {
            w.WriteStartElement(P, "SignerInfo", Namespace);
            Text(w, "Competence", signer.Competence ?? "");
            Text(w, "Position", signer.Position ?? "");
            Text(w, "FullName", signer.FullName);
            w.WriteEndElement();
        }
        if (d.DueDate is { } due)
        {
            Text(w, "DueDate", Date(due));
        }
        w.WriteStartElement(P, "ToPlaces", Namespace);
        foreach (var place in d.ToPlaces ?? [])
        {
            Text(w, "Place", place);
        }
        w.WriteEndElement();
        w.WriteStartElement(P, "OtherInfo", Namespace);
        Text(w, "Priority", Int(d.Priority));
        Text(w, "SphereOfPromulgation", "");
        Text(w, "TyperNotation", "");
        Text(w, "PromulgationAmount", Int(d.PromulgationAmount));
        Text(w, "PageAmount", Int(d.PageAmount));
        w.WriteEndElement();
        Text(w, "SteeringType", Int(d.SteeringType));
        Text(w, "DocumentId", d.DocumentId);
        w.WriteEndElement();
    }

    private static void WriteTrace(XmlWriter w, EdXmlDocument d)
    {
        w.WriteStartElement(P, "TraceHeaderList", Namespace);
        foreach (var hop in d.Trace ?? [])
        {
            w.WriteStartElement(P, "TraceHeader", Namespace);
            Text(w, "OrganId", hop.OrganId);
            Text(w, "Timestamp", hop.Timestamp.ToString("yyyy'/'MM'/'dd HH:mm:ss", CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }
        var business = d.Business ?? EdXmlBusiness.New;
        w.WriteStartElement(P, "Bussiness", Namespace);
        Text(w, "BussinessDocType", Int(business.DocType));
        Text(w, "BussinessDocReason", business.Reason ?? "");
        if (business.DocumentId is { } original)
        {
            Text(w, "DocumentId", original);
        }
        Text(w, "Paper", business.Paper ? "1" : "0");
        w.WriteEndElement();
        w.WriteEndElement();
    }

    internal static void Organization(XmlWriter w, string element, EdXmlOrganization o)
    {
        w.WriteStartElement(P, element, Namespace);
        Text(w, "OrganId", o.OrganId);
        Text(w, "OrganizationInCharge", o.OrganizationInCharge ?? "");
        Text(w, "OrganName", o.OrganName ?? "");
        Text(w, "OrganAdd", o.OrganAdd ?? "");
        Text(w, "Email", o.Email ?? "");
        Text(w, "Telephone", o.Telephone ?? "");
        Text(w, "Fax", o.Fax ?? "");
        Text(w, "Website", o.Website ?? "");
        w.WriteEndElement();
    }

    /// <summary>Each attachment travels zipped (one entry, its own name), as the VPCP sample and SDK builders do.</summary>
    private static byte[] Zip(EdXmlAttachment a)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(a.Name, CompressionLevel.Optimal).Open();
            entry.Write(a.Content);
        }
        return buffer.ToArray();
    }

    internal static void Text(XmlWriter w, string element, string value) => w.WriteElementString(P, element, Namespace, value);

    internal static string Date(DateOnly date) => date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture);

    internal static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
