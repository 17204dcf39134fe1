using System.ComponentModel.DataAnnotations;

namespace LienThong.Identity.Pages;

internal sealed class LoginInput
{
    [Required(ErrorMessage = "Nhập tên đăng nhập.")]
    [StringLength(100)]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Nhập mật khẩu.")]
    [StringLength(200)]
    public string Password { get; set; } = "";
}
