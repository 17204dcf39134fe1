using LienThong.Trust.Keys;
using LienThong.Trust.Persistence;
using LienThong.Trust.TimeStamping;

namespace LienThong.Trust.Signing;

/// <summary>Detached CMS signatures (<c>.p7s</c>) at CAdES baseline B-T with an agency's seal (see <see cref="CadesSignature"/>).</summary>
internal sealed class CmsSealer(TrustDbContext db, IKeyStore keys, TimeStampAuthority tsa, TimeProvider time)
{
    public async Task<(byte[]? Signature, string? Error)> SealDetachedAsync(byte[] content, string agencyElectronicId, CancellationToken cancellationToken)
    {
        var (seal, error) = await SigningCredentials.OpenSealAsync(db, keys, time.GetUtcNow().UtcDateTime, agencyElectronicId, cancellationToken);
        if (seal is null)
        {
            return (null, error);
        }
        using var credentials = seal;
        return (await CadesSignature.CreateAsync(content, credentials, time.GetUtcNow(), tsa, cancellationToken), null);
    }
}
