using System.Globalization;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Security;
using LienThong.BuildingBlocks.Time;
using LienThong.Indicators.Domain;
using LienThong.Indicators.Persistence;
using LienThong.Indicators.Units;
using LienThong.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Indicators.CommunityTeams;

public sealed record ActivityRequest(string? On, string? Kind, int? Count, string? DossierCode, bool? CitizenConsented, string? Note);

public sealed record TeamDto(Guid Id, string Unit, string Name, string? Village, DateOnly FoundedOn, int Members);

public sealed record ActivityDto(Guid Id, Guid TeamId, DateOnly On, string Kind, int Count, string? DossierCode, string? Note, string RecordedBy);

/// <param name="LinkedDossiers">Online dossiers helped that are linked to a real dossier (the citizen agreed).</param>
public sealed record ActivityReport(string Unit, string UnitName, DateOnly From, DateOnly To, int Households, int VneidActivations,
    int OnlineDossiers, int LinkedDossiers, int TeamsActive);

/// <summary>
/// The activities of the community digital technology teams, recorded by the commune's People's Committee (the agency whose
/// unit is the team's commune, after successions), and their totals for any unit and period, rolled up as the index is.
/// </summary>
internal sealed class TeamActivities(IndicatorsDbContext db, IRegistryDirectory registry, UnitScopes scopes, TimeProvider time)
{
    public static readonly string[] Kinds = ["households", "vneid", "online-dossiers"];

    public static readonly ProblemType Invalid = new("indicators/invalid-activity", 400, "Hoạt động không hợp lệ",
        "A field of the activity is missing or wrong; `errors` says which. Nothing was saved.");

    public static readonly ProblemType NotAllowed = new("indicators/activity-not-allowed", 403, "Không thuộc địa bàn",
        "Only the People's Committee of the team's commune records its activities.");

    public static readonly ProblemType TeamNotFound = new("indicators/team-not-found", 404, "Không có tổ này", "No team has this identifier.");

    /// <summary>The teams active today in a commune (its own code, or codes that became it).</summary>
    public async Task<IReadOnlyList<TeamDto>> TeamsAsync(string unit, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var teams = await db.Teams.AsNoTracking().Where(t => t.DissolvedOn == null || t.DissolvedOn > today)
            .Select(t => new { t.Id, t.UnitCode, t.Name, t.Village, t.FoundedOn, Members = t.Members.Count(m => m.Until == null || m.Until > today) })
            .ToListAsync(cancellationToken);
        var result = new List<TeamDto>();
        foreach (var team in teams)
        {
            if (await scopes.UnitInForceAsync(team.UnitCode, today, cancellationToken) == unit)
            {
                result.Add(new TeamDto(team.Id, team.UnitCode, team.Name, team.Village, team.FoundedOn, team.Members));
            }
        }
        return [.. result.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    public async Task<ActivityDto> RecordAsync(SignedInOfficial official, Guid teamId, ActivityRequest request, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken)
            ?? throw new ProblemException(TeamNotFound, "Không có tổ công nghệ số cộng đồng này.");
        var today = VietnamTime.Today(time);
        var agency = official.Agency is null ? null : await registry.InForceAsync(official.Agency, today, cancellationToken);
        if (agency?.UnitCode is not { } unit || agency.Level != AgencyLevels.Commune || await scopes.UnitInForceAsync(team.UnitCode, today, cancellationToken) != unit)
        {
            throw new ProblemException(NotAllowed, $"Chỉ Ủy ban nhân dân xã, phường nơi có tổ \"{team.Name}\" ghi nhận hoạt động của tổ.");
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!DateOnly.TryParseExact(request.On, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) || on > today || on < team.FoundedOn)
        {
            errors["on"] = ["Ngày dạng yyyy-MM-dd, từ ngày thành lập tổ đến hôm nay."];
        }
        if (request.Kind is null || !Kinds.Contains(request.Kind))
        {
            errors["kind"] = ["Loại hoạt động: households, vneid hoặc online-dossiers."];
        }
        if (request.Count is not (>= 1 and <= 10_000))
        {
            errors["count"] = ["Số lượng từ 1 đến 10.000."];
        }
        var code = request.DossierCode?.Trim();
        if (code is { Length: > 0 })
        {
            if (request.Kind != "online-dossiers" || request.Count != 1)
            {
                errors["dossierCode"] = ["Chỉ gắn mã hồ sơ cho một hồ sơ trực tuyến được hỗ trợ (số lượng 1)."];
            }
            else if (request.CitizenConsented != true)
            {
                errors["citizenConsented"] = ["Chỉ gắn mã hồ sơ khi công dân đồng ý."];
            }
            else if (code.Length > 40 || !await db.Facts.AnyAsync(f => f.DossierCode == code, cancellationToken))
            {
                errors["dossierCode"] = [$"Không có hồ sơ mã \"{code}\" trên nền tảng."];
            }
        }
        if (request.Note is { Length: > 500 })
        {
            errors["note"] = ["Ghi chú tối đa 500 ký tự."];
        }
        if (errors.Count > 0)
        {
            throw new ProblemException(Invalid, $"Có {errors.Count} trường không hợp lệ; chưa lưu gì.", errors);
        }
        var activity = new TeamActivity
        {
            Id = Guid.CreateVersion7(), TeamId = team.Id, On = on, Kind = request.Kind!, Count = request.Count!.Value,
            DossierCode = code is { Length: > 0 } ? code : null, Note = request.Note?.Trim().Normalize(), RecordedBy = official.UserName,
            RecordedAt = time.GetUtcNow(),
        };
        db.TeamActivities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return new ActivityDto(activity.Id, activity.TeamId, activity.On, activity.Kind, activity.Count, activity.DossierCode, activity.Note, activity.RecordedBy);
    }

    /// <summary>Totals for a unit (with the units under it, following successions) and period.</summary>
    public async Task<ActivityReport> ReportAsync(string unit, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var scope = await scopes.ResolveAsync(unit, from, to, cancellationToken)
            ?? throw new ProblemException(TeamCoverage.UnknownProvince, $"Không có đơn vị hành chính mã {unit} trong khoảng {from:dd/MM/yyyy}–{to:dd/MM/yyyy}.");
        to = scope.At;
        // Summed by the database per commune code, kind and team: a few thousand rows at most, whatever the period.
        var rows = await db.TeamActivities.AsNoTracking().Where(a => a.On >= from && a.On <= to)
            .Join(db.Teams, a => a.TeamId, t => t.Id, (a, t) => new { t.UnitCode, a.TeamId, a.Kind, a.Count, Linked = a.DossierCode != null ? 1 : 0 })
            .GroupBy(a => new { a.UnitCode, a.TeamId, a.Kind })
            .Select(g => new { g.Key.UnitCode, g.Key.TeamId, g.Key.Kind, Count = g.Sum(a => a.Count), Linked = g.Sum(a => a.Linked) })
            .ToListAsync(cancellationToken);
        var included = new List<(Guid TeamId, string Kind, int Count, int Linked)>();
        foreach (var row in rows)
        {
            if (await scopes.IncludesAsync(scope, row.UnitCode, cancellationToken))
            {
                included.Add((row.TeamId, row.Kind, row.Count, row.Linked));
            }
        }
        int Sum(string kind) => included.Where(a => a.Kind == kind).Sum(a => a.Count);
        return new ActivityReport(scope.Code, scope.Name, from, to, Sum("households"), Sum("vneid"), Sum("online-dossiers"),
            included.Sum(a => a.Linked), included.Select(a => a.TeamId).Distinct().Count());
    }
}
