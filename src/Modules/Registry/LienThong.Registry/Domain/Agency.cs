using LienThong.BuildingBlocks.Text;

namespace LienThong.Registry.Domain;

/// <summary>
/// One version of an agency. Identity is (ElectronicId, ValidFrom); the abbreviation is the issuer
/// part of document numbers (Decree 30/2020/NĐ-CP App. I §II.3).
/// </summary>
internal sealed class Agency
{
    public int Id { get; private set; }

    public string ElectronicId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Abbreviation { get; private set; } = "";

    public string Level { get; private set; } = "";

    public string? ParentElectronicId { get; private set; }

    public string? UnitCode { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    /// <summary>True where the real e-ID is not known and one was generated in the right format.</summary>
    public bool Synthetic { get; private set; }

    public string? Note { get; private set; }

    public string SearchName { get; private set; } = "";

    public Validity Validity => new(ValidFrom, ValidTo);

    private Agency()
    {
    }

    public Agency(string electronicId, DateOnly? validFrom) => (ElectronicId, ValidFrom) = (electronicId, validFrom);

    public void Describe(string name, string abbreviation, string level, string? parentElectronicId, string? unitCode,
        DateOnly? validTo, bool synthetic, string? note)
    {
        Name = VietnameseText.Clean(name);
        SearchName = VietnameseText.Fold(Name + " " + abbreviation);
        Abbreviation = VietnameseText.Clean(abbreviation);
        Level = level;
        ParentElectronicId = parentElectronicId;
        UnitCode = unitCode;
        ValidTo = validTo;
        Synthetic = synthetic;
        Note = note;
    }
}
