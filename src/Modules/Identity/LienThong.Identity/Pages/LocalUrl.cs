namespace LienThong.Identity.Pages;

/// <summary>Open-redirect guard: only paths on this site are followed after sign-in.</summary>
internal static class LocalUrl
{
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";

    // "/x" yes; "//evil", "/\evil", "https://evil", "javascript:" no (the same rule as ASP.NET Core's IsLocalUrl).
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
