using System.Globalization;
using LienThong.BuildingBlocks.Identifiers;
using LienThong.BuildingBlocks.Text;
using LienThong.PublicServices.Domain;

namespace LienThong.PublicServices.Catalogue;

/// <summary>An application form's values checked against the procedure's form: errors by field, in Vietnamese.</summary>
internal static class FormRules
{
    private const int MaxTextLength = 1000;

    public static Dictionary<string, string[]> Check(IReadOnlyList<FormField> form, IReadOnlyDictionary<string, string?> values)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var name in values.Keys.Where(k => form.All(f => f.Name != k)))
        {
            errors[name] = ["Trường này không có trong biểu mẫu của thủ tục."];
        }
        foreach (var field in form)
        {
            var value = values.GetValueOrDefault(field.Name) is { } given ? VietnameseText.Clean(given) : null;
            if (string.IsNullOrEmpty(value))
            {
                if (field.Required)
                {
                    errors[field.Name] = [$"{field.Label} là bắt buộc."];
                }
                continue;
            }
            if (Problem(field, value) is { } problem)
            {
                errors[field.Name] = [problem];
            }
        }
        return errors;
    }

    private static string? Problem(FormField field, string value) => field.Type switch
    {
        _ when value.Length > (field.MaxLength ?? MaxTextLength) => $"{field.Label} dài quá {field.MaxLength ?? MaxTextLength} ký tự.",
        _ when value.Any(char.IsControl) => $"{field.Label} có ký tự không hợp lệ.",
        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null : $"{field.Label} phải là ngày dạng năm-tháng-ngày (ví dụ 2025-01-29).",
        "number" => decimal.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? null : $"{field.Label} phải là số không âm, chỉ gồm chữ số.",
        "pid" => PersonalIdNumber.Problem(value) is { } problem ? $"{field.Label}: {problem}" : null,
        "select" => field.Options?.Contains(value) == true ? null : $"{field.Label} phải là một trong: {string.Join(", ", field.Options ?? [])}.",
        _ => null,
    };
}
