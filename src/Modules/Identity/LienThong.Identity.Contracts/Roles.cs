namespace LienThong.Identity.Contracts;

/// <summary>The roles of LienThong, with their Vietnamese names. Policies in every module are built from these.</summary>
public static class Roles
{
    public const string Citizen = "citizen";
    public const string OneStopOfficer = "one-stop-officer";
    public const string Specialist = "specialist";
    public const string Leader = "leader";
    public const string Clerk = "clerk";
    public const string AgencyAdmin = "agency-admin";
    public const string PlatformOperator = "platform-operator";

    public static readonly IReadOnlyDictionary<string, string> VietnameseNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Citizen] = "Công dân",
        [OneStopOfficer] = "Cán bộ một cửa",
        [Specialist] = "Chuyên viên",
        [Leader] = "Lãnh đạo",
        [Clerk] = "Văn thư",
        [AgencyAdmin] = "Quản trị cơ quan",
        [PlatformOperator] = "Vận hành nền tảng (Sở TT&TT)",
    };

    public static IReadOnlyCollection<string> All => [.. VietnameseNames.Keys];
}
