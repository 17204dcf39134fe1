using System.Text.Json;
using System.Text.Json.Serialization;

namespace LienThong.PublicServices.Domain;

/// <summary>
/// One version of an administrative procedure of the catalogue (thủ tục hành chính), valid over a period: the national
/// procedure code, what the citizen files (components and the application form), the steps across agencies with their
/// budgets in working days, fees and the legal basis. Searched by code and name; the rest is kept as one JSON definition.
/// </summary>
internal sealed class Procedure
{
    public int Id { get; set; }

    /// <summary>National procedure code, <c>d.dddddd</c> (CSDL quốc gia về TTHC).</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The name folded for search without diacritics.</summary>
    public string NameFolded { get; set; } = "";

    public string Field { get; set; } = "";

    /// <summary><c>province</c>, <c>district</c> or <c>commune</c>: the level of the competent agency.</summary>
    public string Level { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>The <see cref="ProcedureDefinition"/> as JSON.</summary>
    public string Definition { get; set; } = "";

    public ProcedureDefinition Read() => JsonSerializer.Deserialize<ProcedureDefinition>(Definition, ProcedureDefinition.Json)!;
}

/// <param name="TimeLimitDays">The legal time limit in working days (0: the same day).</param>
/// <param name="TimeLimitNote">How the law states it, e.g. "trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo".</param>
/// <param name="Verify">What is not yet checked against the legal text, or null.</param>
internal sealed record ProcedureDefinition(string CompetentAgency, int TimeLimitDays, string TimeLimitNote, string ResultType,
    IReadOnlyList<Fee> Fees, IReadOnlyList<Component> Components, IReadOnlyList<FormField> Form, IReadOnlyList<Step> Steps,
    IReadOnlyList<string> LegalBasis, string? Verify)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <param name="Amount">In đồng; null when it depends on the case (see <see cref="Rule"/>).</param>
internal sealed record Fee(string Name, long? Amount, string Rule, string Basis);

/// <summary>A component of the dossier (thành phần hồ sơ) and how it is obtained.</summary>
/// <param name="Source"><c>reuse</c> (the citizen's store), <c>fetch</c> (a data service through the gateway), <c>upload</c>, or <c>form</c> (the application form itself).</param>
/// <param name="EvidenceType">The kind of document, e.g. <c>giay-chung-sinh</c>; a stored document of this type can be re-used.</param>
/// <param name="Service">For <c>fetch</c>: the gateway service identifier.</param>
internal sealed record Component(string Code, string Name, string EvidenceType, string Source, bool Required, string? Service = null);

/// <param name="Type"><c>text</c>, <c>date</c>, <c>select</c>, <c>pid</c> (personal identification number), <c>number</c>.</param>
/// <param name="Prefill">Where the portal pre-fills it from, e.g. <c>population:fullName</c>.</param>
internal sealed record FormField(string Name, string Label, string Type, bool Required, int? MaxLength = null, IReadOnlyList<string>? Options = null,
    string? Prefill = null);

/// <param name="Next">The steps that follow (several: in parallel); empty for the last.</param>
internal sealed record Step(string Code, string Name, string AgencyRole, string Role, double BudgetDays, IReadOnlyList<string> Next,
    bool ExcludedFromLimit = false);
