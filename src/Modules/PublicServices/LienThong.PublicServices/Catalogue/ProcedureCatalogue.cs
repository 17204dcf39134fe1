using System.Text.Json;
using LienThong.BuildingBlocks.Text;
using LienThong.PublicServices.Domain;
using LienThong.PublicServices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.PublicServices.Catalogue;

/// <summary>The procedure catalogue: loaded from the embedded reference data when empty, searched with or without diacritics.</summary>
internal sealed class ProcedureCatalogue(PublicServicesDbContext db)
{
    private sealed record SeedFile(string Source, List<SeedProcedure> Procedures);

    private sealed record SeedProcedure(string Code, string Name, string Field, string Level, DateOnly ValidFrom, DateOnly? ValidTo,
        string CompetentAgency, int TimeLimitDays, string TimeLimitNote, string ResultType, List<Fee> Fees, List<Component> Components,
        List<FormField> Form, List<Step> Steps, List<string> LegalBasis, string? Verify);

    /// <summary>Adds the procedures of the embedded catalogue that are not there yet (by code and start of validity); returns how many.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(ProcedureCatalogue).Assembly.GetManifestResourceStream("LienThong.PublicServices.procedures.json")!;
        var file = (await JsonSerializer.DeserializeAsync<SeedFile>(stream, ProcedureDefinition.Json, cancellationToken))!;
        var known = (await db.Procedures.AsNoTracking().Select(p => new { p.Code, p.ValidFrom }).ToListAsync(cancellationToken))
            .Select(p => (p.Code, p.ValidFrom)).ToHashSet();
        var added = 0;
        foreach (var p in file.Procedures.Where(p => !known.Contains((p.Code, p.ValidFrom))))
        {
            var definition = new ProcedureDefinition(p.CompetentAgency, p.TimeLimitDays, p.TimeLimitNote, p.ResultType, p.Fees, p.Components, p.Form,
                p.Steps, p.LegalBasis, p.Verify);
            db.Procedures.Add(new Procedure
            {
                Code = p.Code, Name = VietnameseText.Clean(p.Name), NameFolded = VietnameseText.Fold(p.Name), Field = p.Field, Level = p.Level,
                ValidFrom = p.ValidFrom, ValidTo = p.ValidTo, Definition = JsonSerializer.Serialize(definition, ProcedureDefinition.Json),
            });
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>Procedures in force on <paramref name="at"/> whose code or name contains the query (diacritics optional).</summary>
    public async Task<IReadOnlyList<Procedure>> SearchAsync(string? query, DateOnly at, CancellationToken cancellationToken)
    {
        var inForce = db.Procedures.AsNoTracking().Where(p => p.ValidFrom <= at && (p.ValidTo == null || p.ValidTo >= at));
        if (!string.IsNullOrWhiteSpace(query))
        {
            var folded = VietnameseText.Fold(query);
            inForce = inForce.Where(p => p.NameFolded.Contains(folded) || p.Code.StartsWith(query.Trim()));
        }
        return await inForce.OrderBy(p => p.Code).Take(100).ToListAsync(cancellationToken);
    }

    public Task<Procedure?> FindAsync(string code, DateOnly at, CancellationToken cancellationToken) =>
        db.Procedures.AsNoTracking().Where(p => p.Code == code && p.ValidFrom <= at && (p.ValidTo == null || p.ValidTo >= at))
            .OrderByDescending(p => p.ValidFrom).FirstOrDefaultAsync(cancellationToken);
}
