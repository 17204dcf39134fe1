using System.Security.Cryptography.X509Certificates;
using LienThong.Trust.Persistence;
using LienThong.Trust.Pki;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LienThong.Trust.Validation;

/// <summary>
/// The roots a signature may chain to: the platform's own root (with its issuing CA, known even when a signature does not
/// carry it) and the roots configured in <c>Trust:TrustedRoots</c> (e.g. the Government Cipher Committee's CA). Loaded
/// once: the CAs are made at first start and never replaced while the process runs.
/// </summary>
internal sealed class TrustAnchors(IOptions<TrustOptions> options) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Anchors? anchors;

    public sealed record Anchors(X509Certificate2 PlatformRoot, X509Certificate2 PlatformIssuing, IReadOnlyList<X509Certificate2> ConfiguredRoots)
    {
        public IEnumerable<X509Certificate2> Roots => ConfiguredRoots.Prepend(PlatformRoot);
    }

    public async Task<Anchors> GetAsync(TrustDbContext db, CancellationToken cancellationToken)
    {
        if (anchors is { } loaded)
        {
            return loaded;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (anchors is null)
            {
                var root = await db.Certificates.AsNoTracking().SingleAsync(c => c.Profile == CertificateProfiles.RootCa, cancellationToken);
                var issuing = await db.Certificates.AsNoTracking().SingleAsync(c => c.Profile == CertificateProfiles.IssuingCa, cancellationToken);
                anchors = new Anchors(X509CertificateLoader.LoadCertificate(root.Der), X509CertificateLoader.LoadCertificate(issuing.Der),
                    [.. options.Value.TrustedRoots.SelectMany(Load)]);
            }
            return anchors;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A PEM file may hold several certificates; a DER file one.</summary>
    public static IEnumerable<X509Certificate2> Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan().IndexOf("-----BEGIN CERTIFICATE-----"u8) < 0)
        {
            return [X509CertificateLoader.LoadCertificate(bytes)];
        }
        var collection = new X509Certificate2Collection();
        collection.ImportFromPem(System.Text.Encoding.ASCII.GetString(bytes));
        return collection;
    }

    public void Dispose()
    {
        if (anchors is not null)
        {
            anchors.PlatformRoot.Dispose();
            anchors.PlatformIssuing.Dispose();
            foreach (var root in anchors.ConfiguredRoots)
            {
                root.Dispose();
            }
        }
        gate.Dispose();
    }
}
