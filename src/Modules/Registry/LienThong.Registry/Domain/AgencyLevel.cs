using LienThong.Registry.Contracts;

namespace LienThong.Registry.Domain;

/// <summary>The tiers of the state an agency belongs to; kept as strings in data and API.</summary>
internal static class AgencyLevel
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(AgencyLevels.VietnameseNames.Keys, StringComparer.Ordinal);
}
