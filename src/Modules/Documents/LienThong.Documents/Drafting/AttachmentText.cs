using UglyToad.PdfPig;

namespace LienThong.Documents.Drafting;

/// <summary>The text of an attached PDF for search (PdfPig): at most 500 pages and 100,000 characters; null when it is no readable PDF.</summary>
internal static class AttachmentText
{
    private const int MaxPages = 500;
    private const int MaxCharacters = 100_000;

    public static string? Extract(byte[] pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            var text = new System.Text.StringBuilder();
            foreach (var page in document.GetPages().Take(MaxPages))
            {
                text.Append(page.Text).Append(' ');
                if (text.Length >= MaxCharacters)
                {
                    break;
                }
            }
            return text.Length > MaxCharacters ? text.ToString(0, MaxCharacters) : text.ToString();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}
