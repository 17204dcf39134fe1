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
/// <param name="ReceivingAgency">The agency that receives dossiers (its e-ID when the version was written; followed through the
/// registry's successions at the receipt date — ADR 0004), or <see cref="CommuneOfResidence"/>; null: not received online.</param>
internal sealed record ProcedureDefinition(string CompetentAgency, int TimeLimitDays, string TimeLimitNote, string ResultType,
    IReadOnlyList<Fee> Fees, IReadOnlyList<Component> Components, IReadOnlyList<FormField> Form, IReadOnlyList<Step> Steps,
    IReadOnlyList<string> LegalBasis, string? Verify, string? ReceivingAgency = null)
{
    /// <summary>The People's Committee of the commune where the applicant resides.</summary>
    public const string CommuneOfResidence = "commune-of-residence";

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
/// <param name="Path">For <c>fetch</c>: the path under the service, with <c>{field}</c> taken from the form and <c>{applicant}</c> the
/// applicant's number (the evidence broker: component → service and query).</param>
internal sealed record Component(string Code, string Name, string EvidenceType, string Source, bool Required, string? Service = null, string? Path = null);

/// <param name="Type"><c>text</c>, <c>date</c>, <c>select</c>, <c>pid</c> (personal identification number), <c>number</c>.</param>
/// <param name="Prefill">Where the portal pre-fills it from, e.g. <c>population:fullName</c>.</param>
internal sealed record FormField(string Name, string Label, string Type, bool Required, int? MaxLength = null, IReadOnlyList<string>? Options = null,
    string? Prefill = null);

/// <param name="Next">The steps that follow (several: in parallel); empty for the last.</param>
/// <param name="Automation">What the platform does at this step: <c>tax-notice</c> (on entering: the information slip to the tax
/// system through the gateway), <c>land-transfer</c> (on completing: the transfer registered in the land register through the
/// gateway), <c>sign-result</c> (on completing: the result PDF signed by the official and sealed).</param>
internal sealed record Step(string Code, string Name, string AgencyRole, string Role, double BudgetDays, IReadOnlyList<string> Next,
    bool ExcludedFromLimit = false, string? Automation = null)
{
    public const string TaxNotice = "tax-notice";
    public const string LandTransfer = "land-transfer";
    public const string SignResult = "sign-result";
}
