using LienThong.Registry.Domain;

namespace LienThong.Registry.Features.ImportRegistryData;

/// <summary>
/// Shared rules for succession files: the predecessor is the version valid the day before the
/// effective date, the successor the version valid on it; <c>abolished</c> has no successor.
/// Rows are upserted by (predecessor, successor, effective date).
/// </summary>
internal abstract class SuccessionRowsImport<TVersion, TSuccession>(string oldColumn, string newColumn)
    where TVersion : class
    where TSuccession : Succession
{
    protected abstract string Kind { get; }

    protected abstract Task<(List<TVersion> Versions, List<TSuccession> Successions)> LoadAsync(CancellationToken cancellationToken);

    protected abstract string KeyOf(TVersion version);

    protected abstract Validity ValidityOf(TVersion version);

    protected abstract int IdOf(TVersion version);

    protected abstract TSuccession Create(TVersion predecessor, TVersion? successor, DateOnly effectiveDate);

    public async Task<ImportOutcome> RunAsync(IReadOnlyList<CsvRow> rows, CancellationToken cancellationToken)
    {
        var (versions, successions) = await LoadAsync(cancellationToken);
        var byKey = versions.ToLookup(KeyOf, StringComparer.Ordinal);
        var resolved = new List<(TVersion Old, TVersion? New, DateOnly Date, string Kind, string? Basis, bool Confirmed)>();
        foreach (var row in rows)
        {
            var oldKey = row.Required(oldColumn);
            var newKey = row.Optional(newColumn);
            var kind = row.Required("kind");
            var date = row.Date("effective_date");
            var confirmed = row.YesNo("confirmed", whenEmpty: true);
            if (date is null && row.Errors.Count == 0)
            {
                row.Fail("thiếu ngày hiệu lực (effective_date)");
            }
            if (kind.Length > 0 && !Succession.Kinds.Contains(kind))
            {
                row.Fail($"cột 'kind': '{kind}' phải là full, partial hoặc abolished");
            }
            else if ((kind == "abolished") != (newKey is null))
            {
                row.Fail(kind == "abolished" ? $"kind 'abolished' không có {newColumn}" : $"thiếu {newColumn}");
            }
            if (row.Errors.Count > 0 || date is not { } day)
            {
                continue;
            }
            var predecessor = byKey[oldKey].SingleOrDefault(v => ValidityOf(v).Contains(day.AddDays(-1)));
            var successor = newKey is null ? null : byKey[newKey].SingleOrDefault(v => ValidityOf(v).Contains(day));
            if (predecessor is null)
            {
                row.Fail($"không có {oldKey} còn hiệu lực ngày {day.AddDays(-1):yyyy-MM-dd} (trước ngày hiệu lực)");
            }
            if (newKey is not null && successor is null)
            {
                row.Fail($"không có {newKey} có hiệu lực ngày {day:yyyy-MM-dd}");
            }
            if (predecessor is not null && (newKey is null || successor is not null))
            {
                resolved.Add((predecessor, successor, day, kind, row.Optional("legal_basis"), confirmed));
            }
        }

        var errors = rows.SelectMany(r => r.Errors.Select(m => new ImportError(r.Line, m))).ToList();
        if (errors.Count > 0)
        {
            return ImportOutcome.Refused(Kind, errors);
        }
        int inserted = 0, updated = 0;
        foreach (var (old, @new, date, kind, basis, confirmed) in resolved)
        {
            var successorId = @new is null ? (int?)null : IdOf(@new);
            var succession = successions.FirstOrDefault(s =>
                s.PredecessorId == IdOf(old) && s.SuccessorId == successorId && s.EffectiveDate == date);
            if (succession is null)
            {
                succession = Create(old, @new, date);
                successions.Add(succession);
                inserted++;
            }
            else
            {
                updated++;
            }
            succession.Describe(kind, basis, confirmed);
        }
        return new ImportOutcome(Kind, inserted, updated, []);
    }
}
