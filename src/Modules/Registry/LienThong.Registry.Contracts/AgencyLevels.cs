namespace LienThong.Registry.Contracts;

/// <summary>The levels of <see cref="AgencyDto.Level"/>, with their Vietnamese names.</summary>
public static class AgencyLevels
{
    public const string Central = "central";
    public const string Province = "province";
    public const string District = "district";
    public const string Commune = "commune";

    public static readonly IReadOnlyDictionary<string, string> VietnameseNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Central] = "Trung ương",
        [Province] = "Cấp tỉnh",
        [District] = "Cấp huyện",
        [Commune] = "Cấp xã",
    };
}
