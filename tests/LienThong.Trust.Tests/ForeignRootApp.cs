using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LienThong.Testing;
using Microsoft.AspNetCore.Hosting;

namespace LienThong.Trust.Tests;

/// <summary>
/// The platform configured to trust a second root (as it would the Government Cipher Committee's): a root and a leaf made
/// here, the root's PEM given in <c>Trust:TrustedRoots</c>. The leaf has no CRL distribution point or OCSP location.
/// </summary>
public sealed class ForeignRootApp : LienThongApp
{
    public ForeignRootApp() : base(new SqliteTestDatabase())
    {
        using var rootKey = RSA.Create(2048);
        var rootRequest = new CertificateRequest("CN=Ban Cơ yếu Chính phủ (thử nghiệm), C=VN", rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        rootRequest.CertificateExtensions.Add(X509BasicConstraintsExtension.CreateForCertificateAuthority());
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var root = rootRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        LeafKey = RSA.Create(2048);
        var leafRequest = new CertificateRequest("CN=Nguyễn Văn An, O=Bộ Tài chính, C=VN", LeafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        Leaf = leafRequest.Create(root, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(30), [0x11, 0x22, 0x33]).CopyWithPrivateKey(LeafKey);
        RootPath = Path.Combine(Database.DataDirectory, "ban-co-yeu-root.pem");
        File.WriteAllText(RootPath, root.ExportCertificatePem());
    }

    public RSA LeafKey { get; }

    public X509Certificate2 Leaf { get; }

    public string RootPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Trust:TrustedRoots:0", RootPath);
    }

    public override async ValueTask DisposeAsync()
    {
        Leaf.Dispose();
        LeafKey.Dispose();
        await base.DisposeAsync();
    }
}
