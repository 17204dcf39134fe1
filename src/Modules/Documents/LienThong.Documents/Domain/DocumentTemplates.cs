using System.Text.Json;

namespace LienThong.Documents.Domain;

/// <summary>A starting point for a draft: the type, the subject's opening words, and the skeleton of "Kính gửi", content and "Nơi nhận".</summary>
public sealed record DocumentTemplate(string Key, string Name, string Type, string SubjectPrefix, IReadOnlyList<string> Addressees,
    IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Recipients, string? SignerCompetence);

/// <summary>The drafting templates of the module's reference data (công văn, quyết định, tờ trình, báo cáo, thông báo, giấy mời).</summary>
public static class DocumentTemplates
{
    private sealed record File(string Source, IReadOnlyList<DocumentTemplate> Templates);

    private static readonly Lazy<File> Data = new(() =>
    {
        using var stream = typeof(DocumentTemplates).Assembly.GetManifestResourceStream("LienThong.Documents.document-templates.json")!;
        return JsonSerializer.Deserialize<File>(stream, JsonSerializerOptions.Web)!;
    });

    public static IReadOnlyList<DocumentTemplate> All => Data.Value.Templates;

    public static string Source => Data.Value.Source;

    public static DocumentTemplate? Find(string? key) => All.FirstOrDefault(t => t.Key == key);
}
