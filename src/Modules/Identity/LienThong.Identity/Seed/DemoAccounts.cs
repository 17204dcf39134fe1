using LienThong.Identity.Contracts;

namespace LienThong.Identity.Seed;

/// <summary>
/// One demo account per role, in agencies of the reference province. The password is for the demo
/// only: these accounts are not created in Production and are refused there (README "Demo accounts").
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "LienThong@2026";

    /// <summary>
    /// The demo platform operator's authenticator key (base32), so that the demo can show the required
    /// second factor: add it to any TOTP app (RFC 6238, 30 s, 6 digits).
    /// </summary>
    public const string OperatorAuthenticatorKey = "LIENTHONGDEMOVANHANHSTTTTQNAM234";

    public static readonly IReadOnlyList<(string UserName, string FullName, string Role, string Agency, string Position)> All =
    [
        ("motcua.vpdkdd", "Nguyễn Thị Thu Hà", Roles.OneStopOfficer, "000.01.02.H47", "Cán bộ tiếp nhận"),
        ("chuyenvien.stnmt", "Trần Văn Minh", Roles.Specialist, "000.00.02.H47", "Chuyên viên"),
        ("lanhdao.ubndtinh", "Lê Văn Dũng", Roles.Leader, "000.00.00.H47", "Phó Chủ tịch"),
        ("vanthu.ubndtinh", "Phạm Thị Lan", Roles.Clerk, "000.00.00.H47", "Văn thư"),
        ("vanthu.stnmt", "Nguyễn Thị Bích", Roles.Clerk, "000.00.02.H47", "Văn thư"),
        ("lanhdao.stnmt", "Trương Công Hậu", Roles.Leader, "000.00.02.H47", "Phó Giám đốc"),
        ("quantri.stnmt", "Võ Quốc Bảo", Roles.AgencyAdmin, "000.00.02.H47", "Quản trị hệ thống"),
        ("chuyenvien.vpubnd", "Nguyễn Văn Khoa", Roles.Specialist, "000.00.06.H47", "Chuyên viên Kiểm soát thủ tục hành chính"),
        ("lanhdao.vpubnd", "Trần Thị Thanh Hương", Roles.Leader, "000.00.06.H47", "Chánh Văn phòng"),
        ("chuyenvien.stttt", "Phạm Minh Tuấn", Roles.Specialist, "000.00.01.H47", "Chuyên viên Chuyển đổi số"),
        ("lanhdao.stttt", "Lê Thị Ngọc Ánh", Roles.Leader, "000.00.01.H47", "Phó Giám đốc"),
        ("vanhanh.stttt", "Huỳnh Ngọc Anh", Roles.PlatformOperator, "000.00.01.H47", "Kỹ sư vận hành"),
        ("chuyenvien.vpdkdd", "Lê Thị Hồng", Roles.Specialist, "000.01.02.H47", "Chuyên viên"),
        ("lanhdao.vpdkdd", "Phan Văn Tài", Roles.Leader, "000.01.02.H47", "Phó Giám đốc"),
        ("motcua.banthach", "Võ Thị Kim", Roles.OneStopOfficer, "000.17.99.H15", "Cán bộ tiếp nhận"),
        ("tuphap.banthach", "Ngô Văn Phúc", Roles.Specialist, "000.17.99.H15", "Công chức Tư pháp – Hộ tịch"),
        ("chutich.banthach", "Đỗ Minh Quân", Roles.Leader, "000.17.99.H15", "Chủ tịch Ủy ban nhân dân phường"),
        ("congdan.demo", "Đặng Thị Mai", Roles.Citizen, "", ""),
    ];
}
