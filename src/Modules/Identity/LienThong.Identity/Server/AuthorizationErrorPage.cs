using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LienThong.Identity.Server;

/// <summary>
/// What a person sees when an application sends them to sign in with a request that cannot even be
/// answered to that application (unknown client, unregistered redirect URI, missing PKCE): a page in
/// Vietnamese, with the OAuth error code for the integrator (RFC 6749 §4.1.2.1).
/// </summary>
internal static class AuthorizationErrorPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Render(string error, string? description)
    {
        var message = error switch
        {
            Errors.InvalidClient or Errors.UnauthorizedClient => "Ứng dụng gửi yêu cầu chưa được đăng ký với LienThong hoặc không được phép đăng nhập theo cách này.",
            Errors.InvalidRequest => "Yêu cầu đăng nhập của ứng dụng không hợp lệ (thiếu tham số bắt buộc hoặc địa chỉ quay lại chưa được đăng ký).",
            Errors.InvalidScope => "Ứng dụng yêu cầu quyền truy cập không được cấp.",
            _ => "Không thể thực hiện yêu cầu đăng nhập.",
        };
        var html = $"""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Không thể đăng nhập — LienThong</title><style>body{"{"}font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem{"}"}</style></head>
            <body><h1>Không thể đăng nhập</h1><p>{Encoder.Encode(message)}</p>
            <p>Vui lòng liên hệ đơn vị quản lý ứng dụng. Mã lỗi cho bộ phận kỹ thuật: <code>{Encoder.Encode(error)}</code>
            {(description is null ? "" : " — " + Encoder.Encode(description))}</p><p><a href="/">Về trang chủ LienThong</a></p></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }
}
