using System.Text.Json;
using LienThong.PublicServices.Contracts;
using LienThong.PublicServices.Domain;
using LienThong.PublicServices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.PublicServices.Dossiers;

/// <summary>
/// Records a dossier's events (its history, and the feed the indicators read): who, when, at which step, the step's budget
/// and the time actually spent on it. Added to the unit of work; saved with the change they describe.
/// </summary>
internal sealed class DossierHistory(PublicServicesDbContext db, TimeProvider time) : IDossierEventFeed
{
    public DossierEvent Record(Dossier dossier, string kind, string actor, Step? step, string? detail, string? agency = null)
    {
        var now = time.GetUtcNow();
        var recorded = new DossierEvent
        {
            DossierId = dossier.Id, DossierCode = dossier.Code, ProcedureCode = dossier.ProcedureCode, Kind = kind, At = now, Actor = actor,
            Agency = agency ?? dossier.Agency, Unit = dossier.AgencyUnit ?? dossier.ApplicantUnit, Channel = dossier.Channel, Step = step?.Code,
            BudgetDays = step?.BudgetDays, ElapsedSeconds = step is not null && dossier.StepSince is { } since ? (now - since).TotalSeconds : null,
            Detail = detail,
        };
        db.DossierEvents.Add(recorded);
        return recorded;
    }

    public static List<ClockPause> Pauses(Dossier dossier) => JsonSerializer.Deserialize<List<ClockPause>>(dossier.Pauses, JsonSerializerOptions.Web) ?? [];

    public static void SetPauses(Dossier dossier, List<ClockPause> pauses) => dossier.Pauses = JsonSerializer.Serialize(pauses, JsonSerializerOptions.Web);

    public async Task<IReadOnlyList<DossierEventDto>> ReadAsync(long after, int max, CancellationToken cancellationToken = default)
    {
        // A draft's events come too (without a code), so that the sequence has no holes a reader would wait on.
        var events = await db.DossierEvents.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id).Take(Math.Clamp(max, 1, 10_000))
            .ToListAsync(cancellationToken);
        return [.. events.Select(e => new DossierEventDto(e.Id, e.DossierId, e.DossierCode, e.ProcedureCode, e.Kind, e.At, e.Agency, e.Unit, e.Channel,
            e.Step, e.ElapsedSeconds, e.OnTime, e.Score, e.FeeDue))];
    }
}
