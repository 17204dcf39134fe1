using LienThong.Trust.Ocsp;
using LienThong.Trust.Pdf;
using LienThong.Trust.Persistence;
using LienThong.Trust.Pki;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Trust.Signing;

/// <summary>
/// PAdES B-LT (ETSI EN 319 142-1 §5.4): an incremental update adding to the Document Security Store (/DSS) what a
/// relying party needs to validate the signatures later without asking us: the certificates up to the root, the
/// TSA's, the CAs' current CRLs and an OCSP response about the signer.
/// </summary>
internal sealed class LongTermValidationData(TrustDbContext db, CertificateAuthority authority, OcspResponder ocsp)
{
    public async Task<byte[]> AddAsync(byte[] pdf, SigningCredentials credentials, CancellationToken cancellationToken)
    {
        var file = PdfFile.Open(pdf);
        var update = new PdfIncrementalUpdate(file);
        var catalog = file.Catalog.Copy();
        var dss = file.Dictionary(catalog["DSS"])?.Copy() ?? new PdfDictionary();
        var root = await authority.CaCertificateAsync(CertificateProfiles.RootCa, cancellationToken);
        var timeStamping = await db.Certificates.AsNoTracking().Where(c => c.Profile == CertificateProfiles.TimeStamping)
            .OrderByDescending(c => c.Id).Select(c => c.Der).FirstAsync(cancellationToken);
        Append(file, update, dss, "Certs", [credentials.Certificate.RawData, credentials.Issuing.RawData, root!, timeStamping]);
        Append(file, update, dss, "CRLs", [await authority.CrlAsync(CertificateProfiles.IssuingCa, cancellationToken),
            await authority.CrlAsync(CertificateProfiles.RootCa, cancellationToken)]);
        Append(file, update, dss, "OCSPs", [await ocsp.RespondAboutAsync(credentials.Certificate.RawData, cancellationToken)]);
        catalog["DSS"] = update.Add(dss);
        update.Replace(PadesSigner.CatalogReference(file), catalog);
        return update.Write();
    }

    /// <summary>Adds each DER value as a stream, unless the same bytes are already in the store.</summary>
    private static void Append(PdfFile file, PdfIncrementalUpdate update, PdfDictionary dss, string key, IEnumerable<byte[]> values)
    {
        var items = (file.Resolve(dss[key]) as PdfArray)?.Items.ToList() ?? [];
        var present = items.Select(file.Resolve).OfType<PdfStream>().Select(s => Convert.ToHexString(file.Decode(s))).ToHashSet(StringComparer.Ordinal);
        foreach (var value in values.Where(v => present.Add(Convert.ToHexString(v))))
        {
            items.Add(update.Add(new PdfStream(new PdfDictionary(), value)));
        }
        dss[key] = new PdfArray(items);
    }
}
