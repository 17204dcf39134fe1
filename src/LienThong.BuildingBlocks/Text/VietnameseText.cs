using System.Globalization;
using System.Text;

namespace LienThong.BuildingBlocks.Text;

/// <summary>Vietnamese text helpers: NFC for storage, a folded form for search without diacritics.</summary>
public static class VietnameseText
{
    /// <summary>Trims, collapses inner whitespace and normalises to Unicode NFC.</summary>
    public static string Clean(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Lower case without tone marks or vowel marks, "đ" as "d": "Thành phố Tam Kỳ" → "thanh pho tam ky".
    /// Both the stored search column and the query go through this, so either spelling matches.
    /// </summary>
    public static string Fold(string value)
    {
        var decomposed = Clean(value).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
