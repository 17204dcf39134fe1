using System.Net;
using System.Text.RegularExpressions;
using LienThong.Exchange.Contracts;

namespace LienThong.Exchange.Gateway;

/// <summary>What every exchange must look like, whether it comes over HTTP or through the outbox; the problem in Vietnamese, or null.</summary>
internal static partial class ExchangeRequestRules
{
    [GeneratedRegex(@"^[0-9A-Za-z._\-]{1,30}$")]
    private static partial Regex PurposeFormat();

    [GeneratedRegex(@"^[0-9A-Za-z._\-]{1,60}$")]
    private static partial Regex CaseFormat();

    [GeneratedRegex(@"^(\d{12}|\d{10}(-\d{3})?)$")]
    private static partial Regex SubjectFormat();

    /// <param name="rawTarget">The path (and query) as sent, before any decoding: no way out of the service's base path.</param>
    public static string? Problem(string messageId, string? purpose, string? dossier, string? subject, string? user, string rawTarget)
    {
        if (!Guid.TryParse(messageId, out _))
        {
            return $"{ExchangeHeaders.MessageId} phải là một UUID.";
        }
        if (purpose is not null && !PurposeFormat().IsMatch(purpose))
        {
            return $"{ExchangeHeaders.Purpose} phải là mã thủ tục hành chính (ví dụ 1.013831).";
        }
        if (dossier is not null && !CaseFormat().IsMatch(dossier))
        {
            return $"{ExchangeHeaders.Case} chỉ gồm chữ, số, '.', '-', '_' (tối đa 60 ký tự).";
        }
        if (subject is not null && !SubjectFormat().IsMatch(subject))
        {
            return $"{ExchangeHeaders.Subject} phải là số định danh cá nhân (12 chữ số) hoặc mã số thuế.";
        }
        if (user is not null && (user.Length > 100 || user.Any(char.IsControl)))
        {
            return $"{ExchangeHeaders.User} dài quá 100 ký tự hoặc có ký tự điều khiển.";
        }
        var decoded = WebUtility.UrlDecode(rawTarget);
        if (decoded.Contains("..", StringComparison.Ordinal) || decoded.Contains('\\') || rawTarget.Contains("%2f", StringComparison.OrdinalIgnoreCase)
            || rawTarget.Contains("%5c", StringComparison.OrdinalIgnoreCase) || decoded.Any(char.IsControl))
        {
            return "Đường dẫn không hợp lệ (không được có '..', '\\' hay dấu '/' mã hoá).";
        }
        return null;
    }
}
