using System.Globalization;
using System.Security.Claims;
using LienThong.BuildingBlocks.Persistence;
using LienThong.BuildingBlocks.Problems;
using LienThong.BuildingBlocks.Security;
using LienThong.BuildingBlocks.Time;
using LienThong.Indicators.CommunityTeams;
using LienThong.Indicators.Entries;
using LienThong.Indicators.Frameworks;
using LienThong.Indicators.Persistence;
using LienThong.Indicators.Plan;
using LienThong.Indicators.ServiceQuality;
using LienThong.Indicators.Units;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Indicators;

/// <summary>Indicators of the digital-transformation programme (see README.md).</summary>
public static class IndicatorsModule
{
    public static readonly ProblemType InvalidQuery = new("indicators/invalid-query", 400, "Tham số không hợp lệ",
        "A query parameter is missing or malformed; `errors` says which.");

    public static IServiceCollection AddIndicatorsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<IndicatorsDbContext, SqliteIndicatorsDbContext, PostgresIndicatorsDbContext>(IndicatorsDbContext.Module);
        services.AddSingleton(_ => new FrameworkCatalogue());
        services.AddMemoryCache();
        services.AddScoped<UnitScopes>();
        services.AddScoped<CommunityTeamSeeder>();
        services.AddScoped<TeamCoverage>();
        services.AddScoped<DossierProjection>();
        services.AddScoped<ServiceQualityIndex>();
        services.AddScoped<EnteredValues>();
        services.AddScoped<DigitalPlan>();
        services.AddScoped<TeamActivities>();
        services.AddScoped<PlanSeeder>();
        services.AddScoped<DocumentProjection>();
        services.AddSingleton<FeedGaps>();
        services.AddScoped<Projections>();
        services.AddHostedService<ProjectionService>();
        ProblemTypes.Register(InvalidQuery);
        ProblemTypes.Register(TeamCoverage.UnknownProvince);
        ProblemTypes.Register(ServiceQualityIndex.UnknownIndicator);
        ProblemTypes.Register(EnteredValues.Invalid);
        ProblemTypes.Register(EnteredValues.NotResponsible);
        ProblemTypes.Register(EnteredValues.Changed);
        ProblemTypes.Register(EntryFiles.UnsupportedType);
        ProblemTypes.Register(TeamActivities.Invalid);
        ProblemTypes.Register(TeamActivities.NotAllowed);
        ProblemTypes.Register(TeamActivities.TeamNotFound);
        ProblemTypes.Register(DigitalPlan.Invalid);
        ProblemTypes.Register(DigitalPlan.NotAllowed);
        ProblemTypes.Register(DigitalPlan.NotFound);
        ProblemTypes.Register(DigitalPlan.Stale);
        return services;
    }

    /// <summary>The synthetic community teams of the reference province (first start; idempotent).</summary>
    public static async Task<int> SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<CommunityTeamSeeder>().SeedIfEmptyAsync(cancellationToken)
        + await services.GetRequiredService<PlanSeeder>().SeedIfEmptyAsync(cancellationToken);

    /// <summary>
    /// <c>lienthong indicators import FILE --as USER</c>: the file's values entered in the name of an official (whole file or
    /// nothing). Returns the values saved, or the problem (detail and reasons by line).
    /// </summary>
    public static async Task<(int Saved, string? Problem)> ImportAsync(IServiceProvider services, string path, string userName,
        CancellationToken cancellationToken)
    {
        var official = await services.GetRequiredService<LienThong.Identity.Contracts.IOfficialDirectory>().FindAsync(userName, cancellationToken);
        if (official is null)
        {
            return (0, $"Không có tài khoản cán bộ {userName}.");
        }
        try
        {
            await using var file = File.OpenRead(path);
            var rows = await EntryFiles.ReadAsync(file, Path.GetFileName(path), cancellationToken);
            var saved = await services.GetRequiredService<EnteredValues>().SubmitAsync(
                new SignedInOfficial(official.UserName, official.AgencyElectronicId, official.Roles), rows, Path.GetFileName(path), cancellationToken);
            return (saved.Count, null);
        }
        catch (ProblemException e)
        {
            return (0, e.Message + string.Concat((e.Errors ?? new Dictionary<string, string[]>()).Select(kv => $"{Environment.NewLine}  {kv.Key}: {string.Join(" ", kv.Value)}")));
        }
    }

    /// <summary>
    /// <c>lienthong indicators report --unit CODE --period 2024-Q1 --out FILE.xlsx</c>: the 766 index of a unit for a period,
    /// after reading the dossier events up to now, written as an Excel workbook. Returns the report, or the problem.
    /// </summary>
    public static async Task<(IndexReport? Report, string? Problem)> ReportAsync(IServiceProvider services, string unit, string period, string output,
        CancellationToken cancellationToken)
    {
        if (!Period.TryParse(period, out var parsed))
        {
            return (null, $"Kỳ \"{period}\" không hợp lệ: dùng dạng 2024, 2024-Q1 hoặc 2024-03.");
        }
        await services.GetRequiredService<Projections>().RefreshAsync(cancellationToken, batches: int.MaxValue);
        try
        {
            var report = await services.GetRequiredService<ServiceQualityIndex>().ComputeAsync(unit, parsed.Start, parsed.End, cancellationToken);
            await File.WriteAllBytesAsync(output, IndexWorkbook.Create(report), cancellationToken);
            return (report, null);
        }
        catch (ProblemException e)
        {
            return (null, e.Message);
        }
    }

    public static IEndpointRouteBuilder MapIndicatorsEndpoints(this IEndpointRouteBuilder app, string officialPolicy)
    {
        var group = app.MapGroup("/api/indicators").WithTags("Indicators").RequireAuthorization(officialPolicy)
            .AddEndpointFilter<ProblemExceptionFilter>();
        group.MapGet("/community-teams/coverage", async (string? at, string? province, TeamCoverage coverage, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(await coverage.OnAsync(DateParameter("at", at, VietnamTime.Today(time)), province ?? CommunityTeamSeeder.Province, ct)))
            .WithName("CommunityTeamCoverage")
            .WithSummary("Coverage of community digital technology teams on a date: district-level units and communes covered, teams, members");
        group.MapGet("/community-teams", async (string? unit, TeamActivities activities, CancellationToken ct) =>
            {
                if (unit is not { Length: > 0 and <= 10 })
                {
                    throw new ProblemException(InvalidQuery, "Cần mã xã, phường (unit).", new Dictionary<string, string[]> { ["unit"] = ["Ví dụ unit=20335."] });
                }
                return TypedResults.Ok(await activities.TeamsAsync(unit.Trim(), ct));
            })
            .WithName("CommunityTeams")
            .WithSummary("The community digital technology teams of a commune today (with those of the communes merged into it)");
        group.MapPost("/community-teams/{id:guid}/activities", async (Guid id, ActivityRequest request, ClaimsPrincipal user, TeamActivities activities,
                CancellationToken ct) => TypedResults.Ok(await activities.RecordAsync(SignedInOfficial.Of(user), id, request, ct)))
            .WithName("RecordTeamActivity")
            .WithSummary("Record a team's activity (households helped, VNeID activations, online dossiers helped) — the commune's People's Committee");
        group.MapGet("/community-teams/activity", async (string? unit, string? from, string? to, TeamActivities activities, TimeProvider time,
                CancellationToken ct) =>
            {
                var (code, start, end) = Scope(unit, from, to, time);
                return TypedResults.Ok(await activities.ReportAsync(code, start, end, ct));
            })
            .WithName("TeamActivityReport")
            .WithSummary("The teams' activity in a unit (with the units under it) over a period");
        group.MapGet("/service-quality", async (string? unit, string? from, string? to, ServiceQualityIndex index, Projections projections,
                TimeProvider time, CancellationToken ct) =>
            {
                var (code, start, end) = Scope(unit, from, to, time);
                await projections.RefreshAsync(ct);
                return TypedResults.Ok(await index.ComputeAsync(code, start, end, ct));
            })
            .WithName("ServiceQualityIndex")
            .WithSummary("The Decision 766 service-quality index of a unit (with the units under it) or an agency over a period, by group and indicator");
        group.MapGet("/service-quality/dossiers", async (string? unit, string? from, string? to, string? indicator, string? filter, int? page,
                ServiceQualityIndex index, TimeProvider time, CancellationToken ct) =>
            {
                var (code, start, end) = Scope(unit, from, to, time);
                if (indicator is null || filter is not (null or "all" or "met" or "missed") || page is < 1 or > 100_000)
                {
                    throw new ProblemException(InvalidQuery, "Cần indicator; filter là all, met hoặc missed; page từ 1.",
                        new Dictionary<string, string[]> { ["indicator"] = ["Ví dụ indicator=2.1&filter=missed."] });
                }
                return TypedResults.Ok(await index.DossiersAsync(code, start, end, indicator, filter ?? "all", page ?? 1, ct));
            })
            .WithName("ServiceQualityDossiers")
            .WithSummary("The dossiers behind a computed indicator of the index: those that meet it, those that do not, or all");
        group.MapGet("/service-quality/export", async (string? unit, string? from, string? to, string? format, ServiceQualityIndex index, TimeProvider time,
                CancellationToken ct) =>
            {
                var (code, start, end) = Scope(unit, from, to, time);
                if (format is not (null or "xlsx" or "pdf"))
                {
                    throw new ProblemException(InvalidQuery, "format là xlsx hoặc pdf.", new Dictionary<string, string[]> { ["format"] = ["xlsx hoặc pdf."] });
                }
                var report = await index.ComputeAsync(code, start, end, ct);
                var name = $"chi-so-766-{report.Unit}-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}";
                return format == "pdf"
                    ? TypedResults.File(IndexWorkbook.Pdf(report), "application/pdf", name + ".pdf")
                    : TypedResults.File(IndexWorkbook.Create(report), EntryFiles.XlsxType, name + ".xlsx");
            })
            .WithName("ServiceQualityExport")
            .WithSummary("The index as an Excel workbook or a PDF table (the groups, indicators, figures and evidence)");
        group.MapGet("/dti", async (string? unit, string? from, string? to, ServiceQualityIndex index, Projections projections,
                TimeProvider time, CancellationToken ct) =>
            {
                var (code, start, end) = Scope(unit, from, to, time);
                await projections.RefreshAsync(ct);
                return TypedResults.Ok(await index.ComputeAsync(FrameworkCatalogue.Dti, code, start, end, ct));
            })
            .WithName("DigitalTransformationIndex")
            .WithSummary("The digital-transformation index (DTI) of a unit over a period, by main indicator: platform data and approved entered values");
        group.MapGet("/plan/tasks", async (string? agency, string? unit, DigitalPlan plan, CancellationToken ct) =>
                TypedResults.Ok(await plan.ListAsync(agency, unit, ct)))
            .WithName("PlanTasks")
            .WithSummary("Tasks of the provincial digital-transformation plan with their progress reports");
        group.MapPost("/plan/tasks", async (TaskRequest request, ClaimsPrincipal user, DigitalPlan plan, CancellationToken ct) =>
                TypedResults.Ok(await plan.CreateTaskAsync(SignedInOfficial.Of(user), request, ct)))
            .WithName("CreatePlanTask")
            .WithSummary("Assign a task to an agency for a locality with a deadline (the plan's owners)");
        group.MapPost("/plan/tasks/{id:guid}/reports", async (Guid id, ReportRequest request, ClaimsPrincipal user, DigitalPlan plan, CancellationToken ct) =>
                TypedResults.Ok(await plan.ReportAsync(SignedInOfficial.Of(user), id, request, ct)))
            .WithName("ReportPlanTask")
            .WithSummary("Report progress on a task (the agency in charge); 100 % completes it");
        group.MapGet("/plan/progress", async (string? at, DigitalPlan plan, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(await plan.ProgressAsync(DateParameter("at", at, VietnamTime.Today(time)), ct)))
            .WithName("PlanProgress")
            .WithSummary("Plan progress on a date and the overdue tasks per locality");
        group.MapGet("/plan/meetings", async (DigitalPlan plan, CancellationToken ct) => TypedResults.Ok(await plan.MeetingsAsync(ct)))
            .WithName("PlanMeetings")
            .WithSummary("Monthly meetings with minutes, decisions and follow-up tasks");
        group.MapPost("/plan/meetings", async (MeetingRequest request, ClaimsPrincipal user, DigitalPlan plan, CancellationToken ct) =>
                TypedResults.Ok(await plan.RecordMeetingAsync(SignedInOfficial.Of(user), request, ct)))
            .WithName("RecordPlanMeeting")
            .WithSummary("Record a meeting's minutes and decisions; its follow-ups become tasks (the plan's owners)");
        group.MapGet("/ranking", async (string? framework, string? unit, string? from, string? to, ServiceQualityIndex index, Projections projections,
                TimeProvider time, CancellationToken ct) =>
            {
                var (code, start, end) = Scope(unit, from, to, time);
                if (framework is not (null or FrameworkCatalogue.ServiceQuality or FrameworkCatalogue.Dti))
                {
                    throw new ProblemException(InvalidQuery, "framework là 766 hoặc dti.", new Dictionary<string, string[]> { ["framework"] = ["766 hoặc dti."] });
                }
                await projections.RefreshAsync(ct);
                return TypedResults.Ok(await index.RankingAsync(framework ?? FrameworkCatalogue.ServiceQuality, code, start, end, ct));
            })
            .WithName("IndicatorRanking")
            .WithSummary("The units directly under a unit ranked by their 766 index or DTI over a period; units without data last");
        group.MapGet("/frameworks", (FrameworkCatalogue catalogue) => TypedResults.Ok(catalogue.All))
            .WithName("IndicatorFrameworks")
            .WithSummary("The indicator frameworks and their versions: groups, indicators, maximum points, sources");
        group.MapGet("/values", async (string? framework, string? unit, string? status, EnteredValues values, CancellationToken ct) =>
                TypedResults.Ok(await values.ListAsync(framework, unit, status, ct)))
            .WithName("EnteredIndicatorValues")
            .WithSummary("Entered indicator values with their evidence and approval");
        group.MapPost("/values", async (EntryRequest request, ClaimsPrincipal user, EnteredValues values, CancellationToken ct) =>
                TypedResults.Ok(await values.SubmitAsync(SignedInOfficial.Of(user),
                    [.. (request.Rows ?? []).Select((r, i) => r with { Line = i + 1 })], "form", ct)))
            .WithName("EnterIndicatorValues")
            .WithSummary("Enter values of indicators the official's agency is responsible for (all rows or none)");
        group.MapPost("/values/import", async (string? name, HttpRequest http, ClaimsPrincipal user, EnteredValues values, CancellationToken ct) =>
            {
                // A page of another site could post a form here with the official's cookie; forms cannot send these types (CSRF).
                if (http.ContentType?.Split(';')[0].Trim().ToLowerInvariant() is not (EntryFiles.CsvType or EntryFiles.XlsxType or "application/octet-stream"))
                {
                    throw new ProblemException(EntryFiles.UnsupportedType, $"Gửi tệp với kiểu {EntryFiles.CsvType} hoặc {EntryFiles.XlsxType}.");
                }
                if (http.ContentLength > EntryFiles.MaxBytes)
                {
                    throw new ProblemException(EnteredValues.Invalid, "Tệp lớn hơn 5 MB.", new Dictionary<string, string[]> { ["file"] = ["Tệp lớn hơn 5 MB."] });
                }
                var fileName = Path.GetFileName(name ?? "import.csv") is { Length: > 0 and <= 100 } given ? given : "import";
                var rows = await EntryFiles.ReadAsync(http.Body, fileName, ct);
                return TypedResults.Ok(await values.SubmitAsync(SignedInOfficial.Of(user), rows, fileName, ct));
            })
            .WithName("ImportIndicatorValues")
            .WithSummary("Import indicator values from a CSV or Excel file sent as the body; the whole file or nothing, errors by line");
        group.MapPost("/values/approve", async (ApproveRequest request, ClaimsPrincipal user, EnteredValues values, CancellationToken ct) =>
            {
                return TypedResults.Ok(await values.ApproveAsync(SignedInOfficial.Of(user), request.Values ?? [], ct));
            })
            .WithName("ApproveIndicatorValues")
            .WithSummary("A leader of the responsible agency approves entered values; they count from then on");
        return app;
    }

    public sealed record EntryRequest(IReadOnlyList<EntryRow>? Rows);

    public sealed record ApproveRequest(IReadOnlyList<Approval>? Values);

    /// <summary>The unit and the period (<see cref="ReportPeriod"/>).</summary>
    private static (string Unit, DateOnly From, DateOnly To) Scope(string? unit, string? from, string? to, TimeProvider time)
    {
        if (ReportPeriod.TryRead(from, to, VietnamTime.Today(time), out var start, out var end) is { } error)
        {
            throw new ProblemException(InvalidQuery, error.Message, new Dictionary<string, string[]> { [error.Field] = [error.Message] });
        }
        if (string.IsNullOrWhiteSpace(unit) || unit.Length > 20)
        {
            throw new ProblemException(InvalidQuery, "Cần mã đơn vị hành chính hoặc mã định danh cơ quan (unit).",
                new Dictionary<string, string[]> { ["unit"] = ["Ví dụ unit=49 hoặc unit=000.00.31.H47."] });
        }
        return (unit.Trim(), start, end);
    }

    private static DateOnly DateParameter(string name, string? value, DateOnly fallback)
    {
        if (value is null)
        {
            return fallback;
        }
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new ProblemException(InvalidQuery, $"Ngày {name} phải có dạng yyyy-MM-dd (ví dụ 2023-12-25).",
                new Dictionary<string, string[]> { [name] = ["Nhập ngày dạng yyyy-MM-dd."] });
        }
        return day;
    }
}
