using LienThong.Registry.Domain;

namespace LienThong.Registry.Features.ImportRegistryData;

/// <summary>
/// Shared rules for files of versioned records (units, agencies): identity is (key, valid_from),
/// versions of one key never overlap, and a reference (parent) must be valid when the version starts.
/// </summary>
internal abstract class VersionedRowsImport<TEntity, TRow>
    where TEntity : class
    where TRow : VersionedRow
{
    protected abstract string Kind { get; }

    protected abstract TRow? Parse(CsvRow row);

    protected abstract Task<List<TEntity>> LoadAsync(CancellationToken cancellationToken);

    protected abstract VersionedRow Describe(TEntity entity);

    /// <summary>Checks references of one row against every version the import would leave.</summary>
    protected abstract void CheckReferences(TRow row, ILookup<string, VersionedRow> versions, CsvRow csv);

    protected abstract TEntity Create(TRow row);

    protected abstract void Apply(TEntity entity, TRow row);

    public async Task<ImportOutcome> RunAsync(IReadOnlyList<CsvRow> rows, CancellationToken cancellationToken)
    {
        var parsed = rows.Select(r => (Csv: r, Row: Parse(r))).ToList();
        foreach (var duplicate in parsed.Where(p => p.Row is not null).GroupBy(p => (p.Row!.Key, p.Row.From)).Where(g => g.Count() > 1))
        {
            foreach (var (csv, _) in duplicate.Skip(1))
            {
                csv.Fail($"trùng với dòng {duplicate.First().Csv.Line} (cùng mã và ngày bắt đầu hiệu lực)");
            }
        }

        var existing = await LoadAsync(cancellationToken);
        var byIdentity = existing.ToDictionary(e => { var d = Describe(e); return (d.Key, d.From); });
        var incoming = parsed.Where(p => p.Row is not null).Select(p => p.Row!).ToList();
        var incomingKeys = incoming.Select(r => (r.Key, r.From)).ToHashSet();
        var versions = existing.Select(Describe).Where(d => !incomingKeys.Contains((d.Key, d.From)))
            .Concat(incoming).ToLookup(v => v.Key, StringComparer.Ordinal);

        foreach (var (csv, row) in parsed)
        {
            if (row is null)
            {
                continue;
            }
            foreach (var other in versions[row.Key].Where(v => !ReferenceEquals(v, row) && v.Validity.Overlaps(row.Validity)))
            {
                csv.Fail($"hiệu lực [{Show(row.From)}, {Show(row.To)}) chồng lên phiên bản [{Show(other.From)}, {Show(other.To)}) của cùng mã {row.Key}");
            }
            CheckReferences(row, versions, csv);
        }

        var errors = parsed.SelectMany(p => p.Csv.Errors.Select(m => new ImportError(p.Csv.Line, m))).ToList();
        if (errors.Count > 0)
        {
            return ImportOutcome.Refused(Kind, errors);
        }
        int inserted = 0, updated = 0;
        foreach (var row in incoming)
        {
            if (byIdentity.TryGetValue((row.Key, row.From), out var entity))
            {
                updated++;
            }
            else
            {
                entity = Create(row);
                inserted++;
            }
            Apply(entity, row);
        }
        return new ImportOutcome(Kind, inserted, updated, []);
    }

    /// <summary>True when a version of the referenced record covers the first day of <paramref name="row"/>.</summary>
    protected static bool CoversStart(VersionedRow referenced, VersionedRow row) =>
        row.From is { } from ? referenced.Validity.Contains(from) : referenced.From is null;

    protected static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…";
}

/// <summary>The identity, validity and level of one version, from a file row or from the database.</summary>
internal record VersionedRow(string Key, DateOnly? From, DateOnly? To, int Level)
{
    public Validity Validity => new(From, To);
}
