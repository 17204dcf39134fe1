using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Security.Claims;
using System.Text;
using LienThong.BuildingBlocks.Identifiers;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace LienThong.VNeID.Endpoints;

/// <summary>
/// The provider's sign-in page: personal identification number and password. When level 2 is asked
/// for, a level-2 account also confirms the biometric check (simulated here; the real VNeID does it
/// in its app with face or fingerprint).
/// </summary>
internal static class LoginPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public const string LevelClaim = "vneid_level";

    public static IResult Show(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? error = null) =>
        Results.Content(Render(antiforgery.GetAndStoreTokens(context), returnUrl ?? "/", error), "text/html; charset=utf-8");

    public static async Task<IResult> Submit(HttpContext context, IAntiforgery antiforgery, CitizenDirectory citizens)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Show(context, antiforgery, "/", "Phiên đăng nhập đã hết hạn, vui lòng thử lại.");
        }
        var form = await context.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        var number = form["pid"].ToString().Trim();
        if (!IsLocal(returnUrl))
        {
            returnUrl = "/";
        }
        if (PersonalIdNumber.Problem(number) is { } problem)
        {
            return Show(context, antiforgery, returnUrl, problem);
        }
        var citizen = citizens.Find(number);
        if (citizen is null || form["password"] != CitizenDirectory.DemoPassword)
        {
            return Show(context, antiforgery, returnUrl, "Số định danh cá nhân hoặc mật khẩu không đúng.");
        }
        var biometric = form["biometric"] == "on" && citizen.Level >= 2;
        if (WantsLevel2(returnUrl) && citizen.Level >= 2 && !biometric)
        {
            return Show(context, antiforgery, returnUrl, "Thao tác cần xác thực sinh trắc học (tài khoản mức 2).");
        }
        var identity = new ClaimsIdentity(VNeIdProvider.SessionScheme);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, citizen.PersonalIdNumber));
        identity.AddClaim(new Claim(LevelClaim, biometric ? VNeIdLevels.Level2 : VNeIdLevels.Level1));
        await context.SignInAsync(VNeIdProvider.SessionScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(returnUrl);
    }

    public static bool WantsLevel2(string? returnUrl) =>
        returnUrl is not null && Uri.UnescapeDataString(returnUrl).Contains(VNeIdLevels.Level2, StringComparison.Ordinal);

    private static bool IsLocal(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static string Render(AntiforgeryTokenSet tokens, string returnUrl, string? error)
    {
        // Vietnamese stays readable UTF-8; markup characters are still escaped.
        var e = (string? s) => Encoder.Encode(s ?? "");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Đăng nhập VNeID</title><style>body{font-family:sans-serif;margin:0;background:#f4f4f4}main{max-width:24rem;margin:0 auto;padding:1rem}")
            .Append("header{background:#b71c1c;color:#fff;padding:.8rem 1rem;font-weight:700}label{display:block;margin:.6rem 0}input[type=text],input[type=password]{width:100%;padding:.5rem;font:inherit;box-sizing:border-box}")
            .Append("button{background:#b71c1c;color:#fff;border:0;padding:.6rem 1rem;font:inherit;width:100%}.error{background:#fde8e8;padding:.6rem;border:1px solid #b71c1c}</style></head><body>")
            .Append("<header>VNeID — Định danh điện tử (mô phỏng)</header><main><h1>Đăng nhập</h1>");
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(e(error)).Append("</p>");
        }
        html.Append("<form method=\"post\" action=\"/dang-nhap\">")
            .Append("<input type=\"hidden\" name=\"").Append(e(tokens.FormFieldName)).Append("\" value=\"").Append(e(tokens.RequestToken)).Append("\">")
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(e(returnUrl)).Append("\">")
            .Append("<label>Số định danh cá nhân<input type=\"text\" name=\"pid\" inputmode=\"numeric\" maxlength=\"12\" autocomplete=\"username\"></label>")
            .Append("<label>Mật khẩu<input type=\"password\" name=\"password\" autocomplete=\"current-password\"></label>");
        if (WantsLevel2(returnUrl))
        {
            html.Append("<label><input type=\"checkbox\" name=\"biometric\"> Tôi đã xác thực sinh trắc học trên ứng dụng VNeID (mức 2)</label>");
        }
        html.Append("<button type=\"submit\">Đăng nhập</button></form></main></body></html>");
        return html.ToString();
    }
}
