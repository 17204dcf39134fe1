using LienThong.BuildingBlocks.Problems;
using LienThong.Indicators.Domain;
using LienThong.Indicators.Entries;
using LienThong.Indicators.Frameworks;
using LienThong.Indicators.Persistence;
using LienThong.Indicators.Units;
using LienThong.Registry.Contracts;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Indicators.ServiceQuality;

/// <param name="Total">Points over the indicators that have data; null when the period has no data at all.</param>
/// <param name="Complete">Every indicator had data; otherwise <see cref="Missing"/> lists those without.</param>
public sealed record IndexReport(string Framework, string Version, string Basis, string Unit, string UnitName, DateOnly From, DateOnly To,
    decimal? Total, decimal Max, string? Band, bool NoData, bool Complete, IReadOnlyList<string> Missing, IReadOnlyList<GroupScore> Groups);

public sealed record GroupScore(string Code, string Name, decimal Max, decimal? Score, IReadOnlyList<IndicatorScore> Indicators);

/// <param name="Value">The rate in percent, or the average in <see cref="Unit"/>; null with <see cref="NoData"/>.</param>
/// <param name="Numerator">For computed rates: the dossiers that meet the indicator; <see cref="Denominator"/>: those it is measured over.</param>
/// <param name="Dossiers">The drill-down: the dossiers behind the figure (computed indicators).</param>
public sealed record IndicatorScore(string Code, string Name, decimal Max, decimal? Score, decimal? Value, string? Unit, string Source,
    bool NoData, decimal? Numerator, decimal? Denominator, string? Dossiers, IReadOnlyList<string> Evidence);

/// <summary>A dossier behind an index figure.</summary>
public sealed record FactDto(string? DossierCode, string ProcedureCode, string? Agency, string? Unit, DateOnly? ReceivedOn, bool Online,
    bool Digitised, bool Reused, DateOnly? ReturnedOn, bool? OnTime, double? HandlingDays, bool ResultIssued, DateOnly? PaidOnlineOn, int? Score);

/// <summary>A unit's place among the units directly under the same parent; units without data come last, unranked.</summary>
public sealed record RankedUnit(int? Rank, string Unit, string Name, decimal? Total, string? Band);

public sealed record FactPage(string Indicator, string Filter, int Total, int Page, IReadOnlyList<FactDto> Items);

/// <summary>
/// The Decision 766 service-quality index for an administrative unit (rolled up over the units under it) or an agency and
/// a period: computed indicators from the daily counters of the dossier projection, entered ones from approved values.
/// </summary>
internal sealed class ServiceQualityIndex(IndicatorsDbContext db, UnitScopes scopes, FrameworkCatalogue frameworks, IRegistryDirectory registry,
    LienThong.Trust.Contracts.ISignatureCoverage signatures, LienThong.Exchange.Contracts.IExchangeTraffic traffic,
    LienThong.BuildingBlocks.Auditing.IAuditLog audit)
{
    public static readonly ProblemType UnknownUnit = new("indicators/unknown-unit", 404, "Không có đơn vị hành chính này",
        "No unit or agency has this code in the period.");

    public static readonly ProblemType UnknownIndicator = new("indicators/unknown-indicator", 404, "Không có chỉ số này",
        "The framework has no indicator with this code.");

    private sealed record Sums(int Received, int Online, int Digitised, int Reused, int Returned, int OnTime, int Electronic,
        double HandlingDays, int FeeDue, int PaidOnline, int Rated, int Satisfied);

    public Task<IndexReport> ComputeAsync(string unit, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        ComputeAsync(FrameworkCatalogue.ServiceQuality, unit, from, to, cancellationToken);

    /// <summary>Any framework over the same data: its computed leaves from the dossier counters, its entered leaves from approved values.</summary>
    public async Task<IndexReport> ComputeAsync(string frameworkCode, string unit, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var framework = frameworks.Find(frameworkCode, to)!;
        var scope = await ScopeAsync(unit, from, to, cancellationToken);
        // A unit that ended within the period has no data after its last day (its code may live on in a successor).
        to = scope.At;
        var codes = await CodesAsync(scope, from, to, cancellationToken);
        var sums = codes.Count == 0 ? null : await SumsAsync(scope, codes, from, to, cancellationToken);
        var entered = await EnteredValues.ApprovedAsync(db, framework, scope.Code, from, to, cancellationToken);
        var query = $"unit={Uri.EscapeDataString(scope.Code)}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
        var other = new Dictionary<string, (decimal, decimal)>(StringComparer.Ordinal);
        foreach (var metric in framework.Leaves.Select(l => l.Metric).OfType<string>().Distinct())
        {
            if (await OtherSourceAsync(metric, scope, from, to, cancellationToken) is { } measured)
            {
                other[metric] = measured;
            }
        }
        // The level right above the leaves: the 766 groups, the DTI's main indicators.
        var groups = framework.Nodes.SelectMany(Scored).Select(group => new GroupScore(group.Code, group.Name, group.Max, null, [.. group.Leaves.Select(leaf =>
        {
            if (leaf.Source == "entered")
            {
                var values = entered.GetValueOrDefault(leaf.Code);
                var value = values is { Count: > 0 } ? Math.Round(values.Average(v => v.Value), 2) : (decimal?)null;
                return new IndicatorScore(leaf.Code, leaf.Name, leaf.Max, leaf.Points(value), value, leaf.Unit, "entered", value is null, null, null,
                    null, values?.Select(v => $"{v.Period}: {v.Evidence}").ToList() ?? []);
            }
            var (numerator, denominator) = other.TryGetValue(leaf.Metric!, out var fromOther) ? fromOther : Measure(leaf.Metric!, sums);
            // A rate in percent, or a mean (days) or a count (denominator 1) in the indicator's own unit.
            decimal? measured = denominator > 0 ? Math.Round((leaf.Unit == "%" ? 100 : 1) * numerator / denominator, 2) : null;
            var drill = framework.Code == FrameworkCatalogue.ServiceQuality ? $"/api/indicators/service-quality/dossiers?{query}&indicator={leaf.Code}" : null;
            return new IndicatorScore(leaf.Code, leaf.Name, leaf.Max, leaf.Points(measured), measured, leaf.Unit, "computed", measured is null,
                Math.Round(numerator, 2), denominator, drill, []);
        })])).Select(g => g with { Score = g.Indicators.All(i => i.NoData) ? null : g.Indicators.Sum(i => i.Score ?? 0) }).ToList();
        var missing = groups.SelectMany(g => g.Indicators).Where(i => i.NoData).Select(i => i.Code).ToList();
        var noData = groups.All(g => g.Score is null);
        var total = noData ? (decimal?)null : groups.Sum(g => g.Score ?? 0);
        return new IndexReport(framework.Code, framework.Version, framework.Basis, scope.Code, scope.Name, from, to, total,
            framework.Nodes.Sum(n => n.Max), total is { } t ? framework.BandOf(t) : null, noData, missing.Count == 0, missing, groups);
    }

    /// <summary>The units directly under <paramref name="unit"/> (as it stood at the period's end), ranked by their total.</summary>
    public async Task<IReadOnlyList<RankedUnit>> RankingAsync(string frameworkCode, string unit, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(unit, from, to, cancellationToken);
        var children = scope.IsAgency ? [] : await registry.ListUnitsAsync(new UnitQuery(scope.At, ParentCode: scope.Code), cancellationToken);
        var reports = new List<IndexReport>();
        foreach (var child in children)
        {
            reports.Add(await ComputeAsync(frameworkCode, child.Code, from, scope.At, cancellationToken));
        }
        var ranked = reports.Where(r => r.Total is not null).OrderByDescending(r => r.Total).ThenBy(r => r.Unit, StringComparer.Ordinal)
            .Select((r, i) => new RankedUnit(i + 1, r.Unit, r.UnitName, r.Total, r.Band));
        var unranked = reports.Where(r => r.Total is null).OrderBy(r => r.Unit, StringComparer.Ordinal).Select(r => new RankedUnit(null, r.Unit, r.UnitName, null, null));
        return [.. ranked, .. unranked];
    }

    /// <summary>The dossiers behind a computed indicator: <c>met</c> (counted in the numerator), <c>missed</c>, or <c>all</c>.</summary>
    public async Task<FactPage> DossiersAsync(string unit, DateOnly from, DateOnly to, string indicator, string filter, int page,
        CancellationToken cancellationToken)
    {
        var framework = frameworks.Find(FrameworkCatalogue.ServiceQuality, to)!;
        var leaf = framework.Find(indicator) is { IsLeaf: true, Source: "computed" } found ? found
            : throw new ProblemException(UnknownIndicator, $"Chỉ số {indicator} không có trong bộ chỉ số {framework.Code}/{framework.Version} hoặc không tính từ hồ sơ.");
        var scope = await ScopeAsync(unit, from, to, cancellationToken);
        to = scope.At;
        var codes = await CodesAsync(scope, from, to, cancellationToken);
        var facts = scope.IsAgency ? db.Facts.AsNoTracking().Where(f => codes.Contains(f.Agency!)) : db.Facts.AsNoTracking().Where(f => codes.Contains(f.UnitCode!));
        // Each computed indicator: the dossiers it is measured over, and the condition of those that meet it.
        var (all, met) = leaf.Metric switch
        {
            "on-time" => (Returned(facts, from, to), (Expression<Func<DossierFact, bool>>)(f => f.OnTime == true)),
            "handling-days" => (Returned(facts, from, to), f => true),
            "e-result" => (Returned(facts, from, to), f => f.ResultIssued),
            "digitised" => (Received(facts, from, to), f => f.Digitised),
            "reused" => (Received(facts, from, to), f => f.Reused),
            "online" => (Received(facts, from, to), f => f.Online),
            "paid-online" => (Received(facts, from, to).Where(f => f.FeeDue), f => f.PaidOnlineOn != null),
            "satisfied" => (facts.Where(f => f.RatedOn >= from && f.RatedOn <= to), f => f.Score >= 4),
            _ => throw new InvalidDataException($"Unknown metric {leaf.Metric}."),
        };
        var selected = filter switch
        {
            "met" => all.Where(met),
            "missed" => all.Where(Expression.Lambda<Func<DossierFact, bool>>(Expression.Not(met.Body), met.Parameters)),
            _ => all,
        };
        var total = codes.Count == 0 ? 0 : await selected.CountAsync(cancellationToken);
        var items = codes.Count == 0 ? [] : await selected.OrderBy(f => f.ReceivedOn).ThenBy(f => f.DossierCode).Skip((page - 1) * 100).Take(100)
            .Select(f => new FactDto(f.DossierCode, f.ProcedureCode, f.Agency, f.UnitCode, f.ReceivedOn, f.Online, f.Digitised, f.Reused, f.ReturnedOn,
                f.OnTime, f.HandlingDays, f.ResultIssued, f.PaidOnlineOn, f.Score))
            .ToListAsync(cancellationToken);
        return new FactPage(leaf.Code, filter, total, page, items);
    }

    private static IQueryable<DossierFact> Received(IQueryable<DossierFact> facts, DateOnly from, DateOnly to) =>
        facts.Where(f => f.ReceivedOn >= from && f.ReceivedOn <= to);

    private static IQueryable<DossierFact> Returned(IQueryable<DossierFact> facts, DateOnly from, DateOnly to) =>
        facts.Where(f => f.ReturnedOn >= from && f.ReturnedOn <= to);

    private async Task<UnitScope> ScopeAsync(string unit, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await scopes.ResolveAsync(unit, from, to, cancellationToken)
        ?? throw new ProblemException(UnknownUnit, $"Không có đơn vị hoặc cơ quan mã {unit} trong khoảng {from:dd/MM/yyyy}–{to:dd/MM/yyyy}.");

    /// <summary>The codes (units, or agencies for an agency) recorded in the period that belong to the scope.</summary>
    private async Task<List<string>> CodesAsync(UnitScope scope, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var kind = scope.IsAgency ? "agency" : "unit";
        var recorded = await db.RecordedCodes.AsNoTracking().Where(c => c.Kind == kind && c.FirstDay <= to && c.LastDay >= from)
            .Select(c => c.Code).ToListAsync(cancellationToken);
        var codes = new List<string>();
        foreach (var code in recorded)
        {
            if (await scopes.IncludesAsync(scope, code, cancellationToken))
            {
                codes.Add(code);
            }
        }
        return codes;
    }

    private async Task<Sums?> SumsAsync(UnitScope scope, List<string> codes, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var days = db.Days.AsNoTracking().Where(d => d.Day >= from && d.Day <= to);
        days = scope.IsAgency ? days.Where(d => codes.Contains(d.Agency)) : days.Where(d => codes.Contains(d.UnitCode));
        return await days.GroupBy(_ => 1).Select(g => new Sums(g.Sum(d => d.Received), g.Sum(d => d.Online), g.Sum(d => d.Digitised),
                g.Sum(d => d.Reused), g.Sum(d => d.Returned), g.Sum(d => d.ReturnedOnTime), g.Sum(d => d.ReturnedElectronic), g.Sum(d => d.HandlingDays),
                g.Sum(d => d.FeeDue), g.Sum(d => d.PaidOnline), g.Sum(d => d.Rated), g.Sum(d => d.Satisfied)))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Metrics from other modules: documents sent electronically (the document projection, any unit or agency), and for a
    /// province the platform's seal-certificate coverage (Trust), the exchanges through the gateway (the message log) and the
    /// citizens' VNeID sign-ins (the audit log).
    /// Null when the metric is not one of these; (0, 0) — no data — when it does not apply to the scope.
    /// </summary>
    private async Task<(decimal, decimal)?> OtherSourceAsync(string metric, UnitScope scope, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        switch (metric)
        {
            case "documents-electronic":
                var issued = db.DocumentFacts.AsNoTracking().Where(f => f.IssuedOn >= from && f.IssuedOn <= to);
                var recorded = await (scope.IsAgency ? issued.Select(f => f.Agency) : issued.Select(f => f.UnitCode!)).Distinct().ToListAsync(cancellationToken);
                var codes = new List<string>();
                foreach (var code in recorded.OfType<string>())
                {
                    if (await scopes.IncludesAsync(scope, code, cancellationToken))
                    {
                        codes.Add(code);
                    }
                }
                var mine = scope.IsAgency ? issued.Where(f => codes.Contains(f.Agency)) : issued.Where(f => codes.Contains(f.UnitCode!));
                return codes.Count == 0 ? (0, 0) : (await mine.CountAsync(f => f.SentOn != null && f.SentOn <= to, cancellationToken), await mine.CountAsync(cancellationToken));
            case "seal-coverage" or "exchanges" or "vneid-signins" when !await IsPlatformProvinceAsync(scope, cancellationToken):
                return (0, 0);
            case "seal-coverage":
                var coverage = await signatures.ReportAsync(to, cancellationToken);
                return (coverage.Agencies.Covered, coverage.Agencies.Total);
            case "exchanges":
                var summary = await traffic.BetweenAsync(LienThong.BuildingBlocks.Time.VietnamTime.StartOf(from),
                    LienThong.BuildingBlocks.Time.VietnamTime.StartOf(to.AddDays(1)), cancellationToken);
                return (summary.Forwarded, 1);
            case "vneid-signins":
                // Sign-ins of citizens with VNeID on the platform (the audit log; counted, never listed).
                return (await audit.CountAsync(new LienThong.BuildingBlocks.Auditing.AuditQuery("identity.citizen.signin.succeeded",
                    From: LienThong.BuildingBlocks.Time.VietnamTime.StartOf(from), To: LienThong.BuildingBlocks.Time.VietnamTime.StartOf(to.AddDays(1))),
                    cancellationToken), 1);
            default:
                return null;
        }
    }

    /// <summary>Platform-wide figures (seal certificates, gateway traffic, sign-ins) go to the platform's province alone.</summary>
    private async Task<bool> IsPlatformProvinceAsync(UnitScope scope, CancellationToken cancellationToken) =>
        scope is { IsAgency: false, Level: 1 } && await scopes.PlatformProvinceAsync(scope.At, cancellationToken) == scope.Code;

    private static IEnumerable<IndicatorNode> Scored(IndicatorNode node) =>
        node.IsLeaf || node.Children!.All(c => c.IsLeaf) ? [node] : node.Children!.SelectMany(Scored);

    private static (decimal Numerator, decimal Denominator) Measure(string metric, Sums? s) => s is null ? (0, 0) : metric switch
    {
        "on-time" => (s.OnTime, s.Returned),
        "handling-days" => ((decimal)s.HandlingDays, s.Returned),
        "e-result" => (s.Electronic, s.Returned),
        "digitised" => (s.Digitised, s.Received),
        "reused" => (s.Reused, s.Received),
        "online" => (s.Online, s.Received),
        "paid-online" => (s.PaidOnline, s.FeeDue),
        "satisfied" => (s.Satisfied, s.Rated),
        _ => throw new InvalidDataException($"Unknown metric {metric}."),
    };
}
