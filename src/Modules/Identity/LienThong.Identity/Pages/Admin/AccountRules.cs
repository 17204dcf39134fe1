using LienThong.BuildingBlocks.Security;
using LienThong.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace LienThong.Identity.Pages.Admin;

/// <summary>Who may grant what: an agency's admin grants the agency's working roles; only operators grant operator or admin roles.</summary>
internal static class AccountRules
{
    public static IEnumerable<string> AssignableRoles(CallerScope scope) => scope.WholeProvince
        ? Roles.All.Where(r => r != Roles.Citizen)
        : [Roles.OneStopOfficer, Roles.Specialist, Roles.Leader, Roles.Clerk];

    /// <summary>Identity's messages, in Vietnamese for the people who read them.</summary>
    public static string Vietnamese(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" => "Tên đăng nhập đã có.",
        "InvalidUserName" => "Tên đăng nhập chỉ gồm chữ không dấu, số và . _ - @.",
        "PasswordTooShort" => "Mật khẩu phải có ít nhất 12 ký tự.",
        "PasswordRequiresDigit" => "Mật khẩu phải có chữ số.",
        "PasswordRequiresLower" => "Mật khẩu phải có chữ thường.",
        "PasswordRequiresUpper" => "Mật khẩu phải có chữ hoa.",
        "PasswordRequiresNonAlphanumeric" => "Mật khẩu phải có ký tự đặc biệt.",
        _ => error.Description,
    };
}
