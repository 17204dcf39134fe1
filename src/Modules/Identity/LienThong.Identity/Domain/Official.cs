using Microsoft.AspNetCore.Identity;

namespace LienThong.Identity.Domain;

/// <summary>
/// An account of a person who works in LienThong (officials) or a local demo citizen. Every official
/// belongs to one agency of the registry, by its electronic identifier.
/// </summary>
internal sealed class Official : IdentityUser
{
    public string FullName { get; set; } = "";

    public string? AgencyElectronicId { get; set; }

    /// <summary>Chức vụ, e.g. "Phó Chủ tịch"; printed under signatures.</summary>
    public string? Position { get; set; }

    /// <summary>Demo accounts exist only outside Production and are refused there (README).</summary>
    public bool IsDemo { get; set; }
}
