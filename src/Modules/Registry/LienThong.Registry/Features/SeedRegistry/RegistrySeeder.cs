using System.Text;
using LienThong.Registry.Features.ImportRegistryData;
using LienThong.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Registry.Features.SeedRegistry;

/// <summary>
/// Loads the reference province shipped with the module (Data/*.csv, embedded): Quảng Nam and Đà Nẵng
/// from 2023, the successions of 1/1/2025 and 1/7/2025, and the agencies. Idempotent: rows are upserted.
/// </summary>
internal sealed class RegistrySeeder(RegistryDbContext db, RegistryImporter importer)
{
    // Order matters: successions resolve against units, agencies against units and their parents.
    private static readonly string[] Files = ["units.csv", "unit-successions.csv", "agencies.csv", "agency-successions.csv"];

    public Task<bool> IsSeededAsync(CancellationToken cancellationToken) => db.Units.AnyAsync(cancellationToken);

    public async Task<IReadOnlyList<ImportOutcome>> SeedAsync(CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var outcomes = new List<ImportOutcome>();
            foreach (var file in Files)
            {
                using var reader = new StreamReader(Open(file), Encoding.UTF8);
                var outcome = await importer.ImportAsync(reader, cancellationToken);
                if (!outcome.Succeeded)
                {
                    // The shipped data is checked by tests; failing here means the build is broken.
                    throw new InvalidOperationException(
                        $"Seed file {file} was refused: {string.Join("; ", outcome.Errors.Take(5))}");
                }
                outcomes.Add(outcome);
            }
            await transaction.CommitAsync(cancellationToken);
            return outcomes;
        });
    }

    private static Stream Open(string file) =>
        typeof(RegistrySeeder).Assembly.GetManifestResourceStream("LienThong.Registry.Data." + file)
        ?? throw new InvalidOperationException($"Embedded seed file {file} is missing.");
}
