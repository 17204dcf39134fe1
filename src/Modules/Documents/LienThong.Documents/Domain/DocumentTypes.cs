using System.Text.Json;

namespace LienThong.Documents.Domain;

/// <param name="Code">The abbreviation used in the notation (Decree 30/2020/NĐ-CP Appendix III §I), or our own key when the type has none.</param>
/// <param name="NoAbbreviation">Công văn and thư công: the notation is issuer-unit, with no type abbreviation.</param>
public sealed record DocumentType(string Code, string Name, bool NoAbbreviation = false);

/// <summary>The 29 administrative document types of Decree 30/2020/NĐ-CP Art. 7 and the copy forms, from the module's reference data.</summary>
public static class DocumentTypes
{
    private sealed record File(string Source, IReadOnlyList<DocumentType> Types, IReadOnlyList<DocumentType> Copies);

    private static readonly Lazy<File> Data = new(() =>
    {
        using var stream = typeof(DocumentTypes).Assembly.GetManifestResourceStream("LienThong.Documents.document-types.json")!;
        return JsonSerializer.Deserialize<File>(stream, JsonSerializerOptions.Web)!;
    });

    public static IReadOnlyList<DocumentType> All => Data.Value.Types;

    public static IReadOnlyList<DocumentType> Copies => Data.Value.Copies;

    public static string Source => Data.Value.Source;

    public static DocumentType? Find(string code) => All.FirstOrDefault(t => t.Code == code);
}
