using LienThong.Exchange.Domain;
using LienThong.Exchange.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Exchange.Gateway;

/// <summary>
/// Services and grants as the gateway reads them on every call: a snapshot kept for a few seconds (changes made on this
/// host take effect at once; other hosts see them within <see cref="MaxAge"/>).
/// </summary>
internal sealed class ExchangeDirectory(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private Snapshot? current;

    public sealed record Snapshot(DateTimeOffset LoadedAt, IReadOnlyDictionary<string, DataService> Services,
        ILookup<(string Consumer, string Service), AccessGrant> Grants, IReadOnlyList<Subsystem> Subsystems)
    {
        /// <summary>
        /// Deny by default: why <paramref name="consumer"/> may not make this call (no grant in force covering the method and
        /// path, no purpose, or a purpose not granted), or null when it may. <paramref name="requested"/> is the identifier
        /// the consumer used, which may be a predecessor's of <paramref name="target"/>.
        /// </summary>
        public (LienThong.BuildingBlocks.Problems.ProblemType Type, string Detail)? Refusal(string consumer, string requested, DataService target,
            string method, string path, string? purpose, DateTimeOffset at)
        {
            var grants = Grants[(consumer, requested)].Concat(target.Identifier == requested ? [] : Grants[(consumer, target.Identifier)])
                .Where(g => g.InForce(at) && g.Covers(method, path)).ToList();
            if (grants.Count == 0)
            {
                return (ExchangeProblems.AccessDenied, $"{consumer} không có quyền gọi {method} {path} của {requested}.");
            }
            if (purpose is null)
            {
                return (ExchangeProblems.PurposeNotAllowed, $"Thiếu mục đích (header {Contracts.ExchangeHeaders.Purpose}: mã thủ tục hành chính).");
            }
            return grants.Any(g => g.Allows(purpose)) ? null
                : (ExchangeProblems.PurposeNotAllowed, $"Mục đích {purpose} không nằm trong quyền đã cấp cho {consumer}.");
        }
    }

    public void Invalidate() => current = null;

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (current is { } fresh && time.GetUtcNow() - fresh.LoadedAt < MaxAge)
        {
            return fresh;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is { } loaded && time.GetUtcNow() - loaded.LoadedAt < MaxAge)
            {
                return loaded;
            }
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ExchangeDbContext>();
            var services = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Identifier, StringComparer.Ordinal, cancellationToken);
            var grants = (await db.Grants.AsNoTracking().Where(g => g.RevokedAt == null).ToListAsync(cancellationToken))
                .ToLookup(g => (g.Consumer, g.Service));
            var subsystems = await db.Subsystems.AsNoTracking().OrderBy(s => s.Identifier).ToListAsync(cancellationToken);
            return current = new Snapshot(time.GetUtcNow(), services, grants, subsystems);
        }
        finally
        {
            gate.Release();
        }
    }
}
