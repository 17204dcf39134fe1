using System.Text.RegularExpressions;
using LienThong.PublicServices.Domain;

namespace LienThong.PublicServices.Catalogue;

/// <summary>A procedure version as operators enter it (and as the reference data holds it).</summary>
internal sealed record ProcedureInput(string? Code, string? Name, string? Field, string? Level, DateOnly? ValidFrom, DateOnly? ValidTo,
    string? CompetentAgency, int? TimeLimitDays, string? TimeLimitNote, string? ResultType, List<Fee>? Fees, List<Component>? Components,
    List<FormField>? Form, List<Step>? Steps, List<string>? LegalBasis, string? Verify, string? ReceivingAgency = null);

/// <summary>What a procedure version must satisfy before it enters the catalogue; errors by field, in Vietnamese.</summary>
internal static partial class ProcedureRules
{
    private static readonly string[] Levels = ["province", "district", "commune"];
    private static readonly string[] Sources = ["form", "reuse", "fetch", "upload"];
    private static readonly string[] FieldTypes = ["text", "date", "select", "pid", "number"];

    [GeneratedRegex(@"^\d\.\d{6}(\.[A-Z]\d{2})?$")]
    private static partial Regex CodeFormat();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9\-]{0,59}$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")]
    private static partial Regex ElectronicId();

    public static Dictionary<string, string[]> Check(ProcedureInput p)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(message);
        }
        if (p.ReceivingAgency is not null && p.ReceivingAgency != ProcedureDefinition.CommuneOfResidence && !ElectronicId().IsMatch(p.ReceivingAgency))
        {
            Add("receivingAgency", $"Cơ quan tiếp nhận là mã định danh ddd.dd.dd.Xdd hoặc \"{ProcedureDefinition.CommuneOfResidence}\" (UBND cấp xã nơi cư trú).");
        }
        if (p.Code is null || !CodeFormat().IsMatch(p.Code))
        {
            Add("code", "Mã thủ tục phải có dạng d.dddddd (ví dụ 1.001193), có thể thêm hậu tố tỉnh (.H47).");
        }
        if (string.IsNullOrWhiteSpace(p.Name) || p.Name.Length > 500)
        {
            Add("name", "Tên thủ tục là bắt buộc, tối đa 500 ký tự.");
        }
        if (string.IsNullOrWhiteSpace(p.Field) || p.Field.Length > 200)
        {
            Add("field", "Lĩnh vực là bắt buộc, tối đa 200 ký tự.");
        }
        if (p.Level is null || !Levels.Contains(p.Level))
        {
            Add("level", "Cấp thực hiện phải là province, district hoặc commune.");
        }
        if (p.ValidFrom is null)
        {
            Add("validFrom", "Ngày bắt đầu hiệu lực là bắt buộc.");
        }
        else if (p.ValidTo is { } to && to < p.ValidFrom)
        {
            Add("validTo", "Ngày hết hiệu lực không được trước ngày bắt đầu.");
        }
        if (string.IsNullOrWhiteSpace(p.CompetentAgency))
        {
            Add("competentAgency", "Cơ quan giải quyết là bắt buộc.");
        }
        if (p.TimeLimitDays is not (>= 0 and <= 365))
        {
            Add("timeLimitDays", "Thời hạn giải quyết phải từ 0 (trong ngày) đến 365 ngày làm việc.");
        }
        if (string.IsNullOrWhiteSpace(p.ResultType))
        {
            Add("resultType", "Loại kết quả là bắt buộc.");
        }
        if (p.LegalBasis is not { Count: > 0 } || p.LegalBasis.Any(string.IsNullOrWhiteSpace))
        {
            Add("legalBasis", "Cần ít nhất một căn cứ pháp lý.");
        }
        foreach (var fee in p.Fees ?? [])
        {
            if (string.IsNullOrWhiteSpace(fee.Name) || string.IsNullOrWhiteSpace(fee.Basis) || fee.Amount < 0)
            {
                Add("fees", $"Phí, lệ phí \"{fee.Name}\" cần tên, căn cứ và số tiền không âm.");
            }
        }
        var components = p.Components ?? [];
        if (components.Count == 0)
        {
            Add("components", "Cần ít nhất một thành phần hồ sơ.");
        }
        foreach (var c in components)
        {
            if (c.Code is null || !Slug().IsMatch(c.Code) || string.IsNullOrWhiteSpace(c.Name) || string.IsNullOrWhiteSpace(c.EvidenceType))
            {
                Add("components", $"Thành phần \"{c.Code}\" cần mã (chữ thường, số, '-'), tên và loại giấy tờ.");
            }
            if (!Sources.Contains(c.Source))
            {
                Add("components", $"Thành phần \"{c.Code}\": cách lấy phải là form, reuse, fetch hoặc upload.");
            }
            else if (c.Source == "fetch" && string.IsNullOrWhiteSpace(c.Service))
            {
                Add("components", $"Thành phần \"{c.Code}\" lấy qua nền tảng tích hợp cần mã dịch vụ (service).");
            }
        }
        Duplicates(components.Select(c => c.Code), "components", "thành phần", Add);
        var form = p.Form ?? [];
        foreach (var f in form)
        {
            if (f.Name is null || !FieldName().IsMatch(f.Name) || string.IsNullOrWhiteSpace(f.Label))
            {
                Add("form", $"Trường \"{f.Name}\" cần tên (chữ, số) và nhãn tiếng Việt.");
            }
            if (!FieldTypes.Contains(f.Type))
            {
                Add("form", $"Trường \"{f.Name}\": kiểu phải là text, date, select, pid hoặc number.");
            }
            else if (f.Type == "select" && f.Options is not { Count: > 0 })
            {
                Add("form", $"Trường \"{f.Name}\" kiểu select cần danh sách lựa chọn.");
            }
        }
        Duplicates(form.Select(f => f.Name), "form", "trường", Add);
        var steps = p.Steps ?? [];
        if (steps.Count == 0)
        {
            Add("steps", "Cần ít nhất một bước giải quyết.");
        }
        var codes = steps.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var s in steps)
        {
            if (s.Code is null || !Slug().IsMatch(s.Code) || string.IsNullOrWhiteSpace(s.Name) || s.BudgetDays < 0)
            {
                Add("steps", $"Bước \"{s.Code}\" cần mã, tên và thời gian không âm.");
            }
            foreach (var next in (s.Next ?? []).Where(n => !codes.Contains(n)))
            {
                Add("steps", $"Bước \"{s.Code}\" chuyển tới bước \"{next}\" không có trong quy trình.");
            }
        }
        Duplicates(steps.Select(s => s.Code), "steps", "bước", Add);
        var counted = steps.Where(s => !s.ExcludedFromLimit).Sum(s => s.BudgetDays);
        if (p.TimeLimitDays is { } limit && counted > Math.Max(limit, 1) + 1e-9)
        {
            Add("steps", $"Tổng thời gian các bước ({counted:0.##} ngày) vượt thời hạn giải quyết ({limit} ngày làm việc).");
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void Duplicates(IEnumerable<string?> codes, string field, string what, Action<string, string> add)
    {
        foreach (var code in codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            add(field, $"Mã {what} \"{code}\" bị trùng.");
        }
    }
}
