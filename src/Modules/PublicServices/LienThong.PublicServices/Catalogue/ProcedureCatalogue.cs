using System.Text.Json;
using LienThong.BuildingBlocks.Text;
using LienThong.PublicServices.Domain;
using LienThong.PublicServices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.PublicServices.Catalogue;

/// <summary>The procedure catalogue: loaded from the embedded reference data when empty, searched with or without diacritics.</summary>
internal sealed class ProcedureCatalogue(PublicServicesDbContext db)
{
    private sealed record SeedFile(string Source, List<ProcedureInput> Procedures);

    /// <summary>Adds the procedures of the embedded catalogue that are not there yet (by code and start of validity); returns how many.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(ProcedureCatalogue).Assembly.GetManifestResourceStream("LienThong.PublicServices.procedures.json")!;
        var file = (await JsonSerializer.DeserializeAsync<SeedFile>(stream, ProcedureDefinition.Json, cancellationToken))!;
        var known = (await db.Procedures.AsNoTracking().Select(p => new { p.Code, p.ValidFrom }).ToListAsync(cancellationToken))
            .Select(p => (p.Code, p.ValidFrom)).ToHashSet();
        var added = 0;
        foreach (var p in file.Procedures.Where(p => !known.Contains((p.Code!, p.ValidFrom!.Value))))
        {
            var (_, errors) = await AddVersionAsync(p, cancellationToken);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Reference procedure {p.Code}: {string.Join("; ", errors.SelectMany(e => e.Value))}");
            }
            added++;
        }
        return added;
    }

    /// <summary>
    /// Adds a version of a procedure after checking it (<see cref="ProcedureRules"/>). The version in force before it ends the
    /// day before; history is not rewritten: a version must start after every existing one.
    /// </summary>
    public async Task<(Procedure? Added, Dictionary<string, string[]> Errors)> AddVersionAsync(ProcedureInput input, CancellationToken cancellationToken)
    {
        var errors = ProcedureRules.Check(input);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var from = input.ValidFrom!.Value;
        var versions = await db.Procedures.Where(p => p.Code == input.Code).ToListAsync(cancellationToken);
        if (versions.Where(v => v.ValidFrom >= from).MaxBy(v => v.ValidFrom) is { } later)
        {
            return (null, new()
            {
                ["validFrom"] = [$"Thủ tục {input.Code} đã có phiên bản hiệu lực từ {later.ValidFrom:dd/MM/yyyy}; phiên bản mới phải bắt đầu sau ngày đó."],
            });
        }
        foreach (var open in versions.Where(v => v.ValidTo is null || v.ValidTo >= from))
        {
            open.ValidTo = from.AddDays(-1);
        }
        var definition = new ProcedureDefinition(input.CompetentAgency!.Trim(), input.TimeLimitDays!.Value, input.TimeLimitNote?.Trim() ?? "",
            input.ResultType!.Trim(), input.Fees ?? [], input.Components!, input.Form ?? [], input.Steps!, input.LegalBasis!, input.Verify, input.ReceivingAgency);
        var procedure = new Procedure
        {
            Code = input.Code!, Name = VietnameseText.Clean(input.Name!), NameFolded = VietnameseText.Fold(input.Name!), Field = VietnameseText.Clean(input.Field!),
            Level = input.Level!, ValidFrom = from, ValidTo = input.ValidTo, Definition = JsonSerializer.Serialize(definition, ProcedureDefinition.Json),
        };
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync(cancellationToken);
        return (procedure, []);
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
