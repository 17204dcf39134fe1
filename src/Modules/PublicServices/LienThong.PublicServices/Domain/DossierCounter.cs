namespace LienThong.PublicServices.Domain;

/// <summary>The last dossier number given by a receiving agency on a day (Circular 01/2018/TT-VPCP Art. 19).</summary>
internal sealed class DossierCounter
{
    public string Agency { get; set; } = "";

    public DateOnly Day { get; set; }

    public int Last { get; set; }
}
