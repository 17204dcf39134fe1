using LienThong.BuildingBlocks.Text;

namespace LienThong.Registry.Domain;

/// <summary>
/// One version of an administrative unit. Identity is (Code, ValidFrom): the statistics office
/// reuses codes (20242 was Phường Phước Ninh until 30/6/2025, Phường Hải Châu since 1/7/2025).
/// The parent is the unit carrying <see cref="ParentCode"/> on the same date.
/// </summary>
internal sealed class AdministrativeUnit
{
    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Type { get; private set; } = "";

    public int Level { get; private set; }

    public string? ParentCode { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public bool Confirmed { get; private set; }

    public string? Source { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Name folded for search without diacritics; derived, never set directly.</summary>
    public string SearchName { get; private set; } = "";

    public Validity Validity => new(ValidFrom, ValidTo);

    private AdministrativeUnit()
    {
    }

    public AdministrativeUnit(string code, DateOnly? validFrom) => (Code, ValidFrom) = (code, validFrom);

    public void Describe(string name, string type, int level, string? parentCode, DateOnly? validTo,
        bool confirmed, string? source, string? note)
    {
        Name = VietnameseText.Clean(name);
        SearchName = VietnameseText.Fold(Name);
        Type = type;
        Level = level;
        ParentCode = parentCode;
        ValidTo = validTo;
        Confirmed = confirmed;
        Source = source;
        Note = note;
    }
}
