using System.Security.Claims;
using LienThong.Exchange.Gateway;
using LienThong.Exchange.MessageLog;
using LienThong.Exchange.Persistence;
using LienThong.Registry.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Exchange.Features;

/// <summary>"Ai đã sử dụng dữ liệu của tôi": the exchanges whose data subject is the signed-in citizen, from the log alone.</summary>
internal sealed class DataTracker(ExchangeDbContext db, SubjectProtector subjects, ExchangeDirectory directory, IRegistryDirectory registry)
{
    public sealed record Entry(DateTimeOffset At, string Consumer, string? ConsumerAgency, string Service, string ServiceName, string? ProviderAgency,
        string? Purpose, string? Case, string Outcome);

    public async Task<IReadOnlyList<Entry>> ForAsync(string personalIdNumber, int take, CancellationToken ct = default)
    {
        var key = subjects.KeyOf(personalIdNumber);
        var records = await db.LogRecords.AsNoTracking().Where(r => r.SubjectKey == key).OrderByDescending(r => r.Sequence).Take(take)
            .ToListAsync(ct);
        var snapshot = await directory.GetAsync(ct);
        var agencies = new Dictionary<string, string?>(StringComparer.Ordinal);
        async Task<string?> AgencyAsync(string identifier)
        {
            var code = identifier.Split('/') is { Length: >= 3 } parts ? parts[2] : identifier;
            if (!agencies.TryGetValue(code, out var name))
            {
                agencies[code] = name = (await registry.AgencyHistoryAsync(code, ct)) is [.., var last] ? last.Name : null;
            }
            return name;
        }
        var entries = new List<Entry>();
        foreach (var r in records)
        {
            entries.Add(new Entry(r.OccurredAt, r.Consumer, await AgencyAsync(r.Consumer), r.Service,
                snapshot.Services.TryGetValue(r.Service, out var service) ? service.Name : r.Service, await AgencyAsync(r.Service), r.Purpose, r.Case,
                r.Outcome));
        }
        return entries;
    }

    public static async Task<Results<Ok<IReadOnlyList<Entry>>, UnauthorizedHttpResult>> MineAsync(ClaimsPrincipal user, DataTracker tracker, CancellationToken ct) =>
        user.FindFirstValue("sub") is { Length: 12 } pid ? TypedResults.Ok(await tracker.ForAsync(pid, 500, ct)) : TypedResults.Unauthorized();
}
