using System.Globalization;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Security;
using LienThong.BuildingBlocks.Time;
using LienThong.Indicators.Domain;
using LienThong.Indicators.Frameworks;
using LienThong.Indicators.Persistence;
using LienThong.Indicators.Units;
using LienThong.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Indicators.Entries;

/// <summary>One value to enter, as typed or as read from line <see cref="Line"/> of an imported file.</summary>
public sealed record EntryRow(int Line, string? Framework, string? Indicator, string? Unit, string? Period, string? Value, string? Evidence);

/// <summary>A value to approve and the figure the approver saw.</summary>
public sealed record Approval(Guid Id, decimal Value);

public sealed record EnteredValueDto(Guid Id, string Framework, string Version, string Indicator, string IndicatorName, string Unit, string Period,
    decimal Value, string Evidence, string Agency, string EnteredBy, DateTimeOffset EnteredAt, string Source, string Status, string? ApprovedBy);

/// <summary>
/// Indicators entered by the agency responsible for them (the framework names it; after a reorganisation its successor):
/// every row is checked and a file is taken whole or not at all, with the reasons by line. Values count once a leader of
/// the responsible agency approves them. Entering a value again for the same indicator, unit and period replaces it (and it
/// needs approving again).
/// </summary>
internal sealed class EnteredValues(IndicatorsDbContext db, FrameworkCatalogue frameworks, IRegistryDirectory registry, UnitScopes scopes, TimeProvider time)
{
    public static readonly ProblemType Invalid = new("indicators/invalid-values", 400, "Số liệu không hợp lệ",
        "One or more rows are invalid; `errors` lists the reasons by line. Nothing was saved.");

    public static readonly ProblemType Changed = new("indicators/value-changed", 409, "Số liệu đã thay đổi",
        "The value was entered again since it was read; nothing was approved.");

    public static readonly ProblemType NotResponsible = new("indicators/not-responsible", 403, "Không thuộc thẩm quyền nhập",
        "The official's agency is not the one responsible for these indicators. Nothing was saved.");

    public const int MaxRows = 5_000;

    public async Task<IReadOnlyList<EnteredValueDto>> SubmitAsync(SignedInOfficial official, IReadOnlyList<EntryRow> rows, string source,
        CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var agency = await AgencyInForceAsync(official.Agency, today, cancellationToken)
            ?? throw new ProblemException(NotResponsible, "Tài khoản không thuộc cơ quan nào đang hoạt động.");
        if (rows.Count is 0 or > MaxRows)
        {
            throw new ProblemException(Invalid, $"Cần từ 1 đến {MaxRows} dòng số liệu.",
                new Dictionary<string, string[]> { ["rows"] = [$"Có {rows.Count} dòng."] });
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var notOurs = new List<int>();
        var firstLine = new Dictionary<(string, string, string, string), int>();
        var valid = new List<(EntryRow Row, Framework Framework, IndicatorNode Leaf, Period Period, decimal Value)>();
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            Period? period = null;
            if (!Period.TryParse(row.Period, out var parsed))
            {
                reasons.Add($"Kỳ \"{row.Period}\" không hợp lệ: dùng dạng 2024, 2024-Q1 hoặc 2024-03.");
            }
            else
            {
                period = parsed;
            }
            var framework = row.Framework is { Length: > 0 } code ? frameworks.Find(code.Trim(), period?.End ?? today) : null;
            var leaf = framework?.Find(row.Indicator?.Trim() ?? "");
            if (framework is null)
            {
                reasons.Add($"Không có bộ chỉ số \"{row.Framework}\" (766 hoặc dti).");
            }
            else if (leaf is not { IsLeaf: true, Source: "entered" })
            {
                reasons.Add(leaf is null ? $"Bộ chỉ số {framework.Code} không có chỉ số \"{row.Indicator}\"."
                    : $"Chỉ số {leaf.Code} được tính từ dữ liệu của nền tảng, không nhập.");
                leaf = null;
            }
            var unitKnown = period is not null && row.Unit is { Length: > 0 } unit && await ExistsAsync(unit.Trim(), period, cancellationToken);
            if (period is not null && !unitKnown)
            {
                reasons.Add($"Không có đơn vị hành chính hoặc cơ quan mã \"{row.Unit}\" trong kỳ {period.Label}.");
            }
            if (period is not null && period.Start > today)
            {
                reasons.Add($"Kỳ {period.Label} chưa bắt đầu.");
            }
            var value = 0m;
            if (!decimal.TryParse(row.Value?.Trim().Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value))
            {
                reasons.Add($"Giá trị \"{row.Value}\" không phải là số.");
            }
            else if (value.Scale > 4)
            {
                reasons.Add("Giá trị có nhiều nhất 4 chữ số thập phân.");
            }
            else if (leaf is not null && (value < (leaf.MinValue ?? decimal.MinValue) || value > (leaf.MaxValue ?? decimal.MaxValue)))
            {
                reasons.Add($"Giá trị {value.ToString(CultureInfo.InvariantCulture)} ngoài khoảng {leaf.MinValue}–{leaf.MaxValue} {leaf.Unit}.");
            }
            if (string.IsNullOrWhiteSpace(row.Evidence))
            {
                reasons.Add("Thiếu minh chứng (số, ngày văn bản hoặc báo cáo làm căn cứ).");
            }
            else if (row.Evidence.Length > 500)
            {
                reasons.Add("Minh chứng dài quá 500 ký tự.");
            }
            if (leaf is not null && (await AgencyInForceAsync(leaf.Responsible, today, cancellationToken) != agency
                || unitKnown && !await InAreaAsync(agency, row.Unit!.Trim(), today, cancellationToken)))
            {
                notOurs.Add(row.Line);
            }
            if (leaf is not null && period is not null && row.Unit is { Length: > 0 }
                && !firstLine.TryAdd((framework!.Code, leaf.Code, row.Unit.Trim(), period.Label), row.Line))
            {
                reasons.Add($"Trùng chỉ số, đơn vị và kỳ với dòng {firstLine[(framework.Code, leaf.Code, row.Unit.Trim(), period.Label)]}.");
            }
            if (reasons.Count > 0)
            {
                errors[$"dòng {row.Line}"] = [.. reasons];
            }
            else if (leaf is not null)
            {
                valid.Add((row, framework!, leaf, period!, value));
            }
        }
        if (notOurs.Count > 0)
        {
            throw new ProblemException(NotResponsible,
                $"Cơ quan {agency} không chịu trách nhiệm nhập chỉ số hoặc đơn vị ngoài địa bàn ở dòng {string.Join(", ", notOurs)}. Không dòng nào được lưu.");
        }
        if (errors.Count > 0)
        {
            throw new ProblemException(Invalid, $"Có {errors.Count} dòng không hợp lệ; không dòng nào được lưu.", errors);
        }
        var now = time.GetUtcNow();
        var saved = new List<EnteredValue>();
        foreach (var (row, framework, leaf, period, value) in valid)
        {
            var unit = row.Unit!.Trim();
            var entry = await db.EnteredValues.SingleOrDefaultAsync(v => v.Framework == framework.Code && v.Version == framework.Version &&
                v.Indicator == leaf.Code && v.UnitCode == unit && v.Period == period.Label, cancellationToken);
            if (entry is null)
            {
                db.EnteredValues.Add(entry = new EnteredValue
                {
                    Id = Guid.CreateVersion7(), Framework = framework.Code, Version = framework.Version, Indicator = leaf.Code, UnitCode = unit,
                    Period = period.Label, PeriodStart = period.Start, PeriodEnd = period.End,
                });
            }
            (entry.Value, entry.Evidence, entry.Agency, entry.EnteredBy, entry.EnteredAt, entry.Source) =
                (value, row.Evidence!.Trim().Normalize(), official.Agency!, official.UserName, now, source);
            (entry.Status, entry.ApprovedBy, entry.ApprovedAt) = (EnteredValueStatus.Submitted, null, null);
            saved.Add(entry);
        }
        await db.SaveChangesAsync(cancellationToken);
        return [.. saved.Select(Dto)];
    }

    /// <summary>
    /// A leader of the responsible agency approves submitted values, each with the value the leader saw (409 when it was
    /// entered again since); they count from then on. Nobody approves a value they entered.
    /// </summary>
    public async Task<IReadOnlyList<EnteredValueDto>> ApproveAsync(SignedInOfficial official, IReadOnlyList<Approval> approvals, CancellationToken cancellationToken)
    {
        if (!official.Roles.Contains("leader"))
        {
            throw new ProblemException(NotResponsible, "Chỉ lãnh đạo cơ quan chịu trách nhiệm mới duyệt số liệu.");
        }
        var today = VietnamTime.Today(time);
        var agency = await AgencyInForceAsync(official.Agency, today, cancellationToken);
        var ids = approvals.Select(a => a.Id).Distinct().ToList();
        var values = await db.EnteredValues.Where(v => ids.Contains(v.Id)).ToListAsync(cancellationToken);
        if (ids.Count == 0 || values.Count != ids.Count)
        {
            throw new ProblemException(Invalid, "Có số liệu không tồn tại.", new Dictionary<string, string[]> { ["values"] = ["Kiểm tra lại danh sách."] });
        }
        foreach (var value in values)
        {
            var leaf = frameworks.All.Single(f => f.Code == value.Framework && f.Version == value.Version).Find(value.Indicator)!;
            if (agency is null || await AgencyInForceAsync(leaf.Responsible, today, cancellationToken) != agency)
            {
                throw new ProblemException(NotResponsible, $"Chỉ lãnh đạo cơ quan chịu trách nhiệm mới duyệt được chỉ số {value.Indicator}.");
            }
            if (value.EnteredBy == official.UserName)
            {
                throw new ProblemException(NotResponsible, $"Người nhập số liệu chỉ số {value.Indicator} không tự duyệt số liệu của mình.");
            }
            if (approvals.First(a => a.Id == value.Id).Value != value.Value)
            {
                throw new ProblemException(Changed, $"Số liệu chỉ số {value.Indicator} ({value.UnitCode}, {value.Period}) đã được nhập lại là {value.Value}; vui lòng xem lại trước khi duyệt.");
            }
            if (value.Status != EnteredValueStatus.Approved)
            {
                (value.Status, value.ApprovedBy, value.ApprovedAt) = (EnteredValueStatus.Approved, official.UserName, time.GetUtcNow());
            }
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ProblemException(Changed, "Số liệu vừa được nhập lại trong lúc duyệt; vui lòng xem lại.");
        }
        return [.. values.Select(Dto)];
    }

    public async Task<IReadOnlyList<EnteredValueDto>> ListAsync(string? framework, string? unit, string? status, CancellationToken cancellationToken)
    {
        var query = db.EnteredValues.AsNoTracking();
        query = framework is null ? query : query.Where(v => v.Framework == framework);
        query = unit is null ? query : query.Where(v => v.UnitCode == unit);
        query = status is null ? query : query.Where(v => v.Status == status);
        return [.. (await query.OrderBy(v => v.Framework).ThenBy(v => v.PeriodStart).ThenBy(v => v.UnitCode).ThenBy(v => v.Indicator).Take(1000)
            .ToListAsync(cancellationToken)).Select(Dto)];
    }

    /// <summary>Approved values of a framework's version for a unit, whose periods lie within [from, to], by indicator.</summary>
    public static async Task<Dictionary<string, List<EnteredValue>>> ApprovedAsync(IndicatorsDbContext db, Framework framework, string unit,
        DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        (await db.EnteredValues.AsNoTracking().Where(v => v.Framework == framework.Code && v.Version == framework.Version && v.UnitCode == unit &&
                v.Status == EnteredValueStatus.Approved && v.PeriodStart >= from && v.PeriodEnd <= to)
            .ToListAsync(cancellationToken))
        .GroupBy(v => v.Indicator, StringComparer.Ordinal)
        // Periods of one length only (a year's value and its quarters' would count twice): the longest, which is the
        // period asked when it was entered as such.
        .ToDictionary(g => g.Key, g => g.GroupBy(v => v.PeriodEnd.DayNumber - v.PeriodStart.DayNumber > 200 ? 3 : v.PeriodEnd.DayNumber - v.PeriodStart.DayNumber > 40 ? 2 : 1)
            .MaxBy(length => length.Key)!.OrderBy(v => v.PeriodStart).ToList(), StringComparer.Ordinal);

    private EnteredValueDto Dto(EnteredValue v) => new(v.Id, v.Framework, v.Version, v.Indicator,
        frameworks.All.Single(f => f.Code == v.Framework && f.Version == v.Version).Find(v.Indicator)?.Name ?? v.Indicator, v.UnitCode, v.Period, v.Value,
        v.Evidence, v.Agency, v.EnteredBy, v.EnteredAt, v.Source, v.Status, v.ApprovedBy);

    private async Task<bool> ExistsAsync(string code, Period period, CancellationToken cancellationToken)
    {
        if (code.Contains('.', StringComparison.Ordinal))
        {
            return (await registry.AgencyHistoryAsync(code, cancellationToken)).Any(v =>
                (v.ValidFrom is null || v.ValidFrom <= period.End) && (v.ValidTo is null || v.ValidTo > period.Start));
        }
        return (await registry.UnitHistoryAsync(code, cancellationToken)).Any(v =>
            (v.ValidFrom is null || v.ValidFrom <= period.End) && (v.ValidTo is null || v.ValidTo > period.Start));
    }

    /// <summary>
    /// Whether a unit (or an agency) lies in the responsible agency's province as it is today: Quảng Nam's units count for
    /// Đà Nẵng's departments after 1/7/2025.
    /// </summary>
    private async Task<bool> InAreaAsync(string agency, string code, DateOnly today, CancellationToken cancellationToken)
    {
        var province = (await registry.FindAgencyAsync(agency, today, cancellationToken))?.UnitCode;
        var scope = province is null ? null : await scopes.ResolveAsync(province, today, today, cancellationToken);
        if (scope is null)
        {
            return false;
        }
        var unit = code.Contains('.', StringComparison.Ordinal) ? (await registry.AgencyHistoryAsync(code, cancellationToken)).LastOrDefault()?.UnitCode : code;
        return unit is not null && await scopes.IncludesAsync(scope, unit, cancellationToken);
    }

    private async Task<string?> AgencyInForceAsync(string? electronicId, DateOnly day, CancellationToken cancellationToken) =>
        electronicId is null ? null : (await registry.InForceAsync(electronicId, day, cancellationToken))?.ElectronicId;
}
