using LienThong.AgencySystems.Persistence;
using LienThong.BuildingBlocks.Identifiers;
using LienThong.BuildingBlocks.Problems;
using LienThong.Registry.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LienThong.AgencySystems.Population;

/// <summary>The population register's API, reached only through the gateway (it checks the gateway's signature).</summary>
internal static class PopulationEndpoints
{
    public const string BasePath = "/he-thong/dan-cu/v1";

    public static readonly ProblemType NotFound = new("population/person-not-found", 404,
        "Không có công dân với số định danh này", "No resident of the population register has this personal identification number.");

    public sealed record Address(string UnitCode, string? UnitName, string Detail);

    public sealed record Member(string PersonalIdNumber, string FullName, DateOnly BirthDate, string Relation);

    public sealed record Resident(string PersonalIdNumber, string FullName, DateOnly BirthDate, string Sex, Address PermanentAddress,
        string HouseholdId, string Relation, IReadOnlyList<Member> Household);

    /// <summary>The person and their household in one query; the commune's name from a cache (units change by law, not by the minute).</summary>
    public static async Task<Results<Ok<Resident>, ProblemHttpResult>> GetPersonAsync(string pid, PopulationDbContext db,
        IRegistryDirectory registry, IMemoryCache cache, CancellationToken ct)
    {
        if (PersonalIdNumber.Problem(pid) is { } problem)
        {
            return Problems.Invalid("pid", problem);
        }
        var family = await db.People.AsNoTracking()
            .Where(p => p.HouseholdId == db.People.Where(q => q.PersonalIdNumber == pid).Select(q => q.HouseholdId).FirstOrDefault())
            .ToListAsync(ct);
        if (family.FirstOrDefault(p => p.PersonalIdNumber == pid) is not { } person)
        {
            return Problems.Of(NotFound, $"Không có công dân {PersonalIdNumber.Mask(pid)}.");
        }
        var unitName = await cache.GetOrCreateAsync("population:unit:" + person.UnitCode, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            return (await registry.FindUnitAsync(person.UnitCode, new DateOnly(2023, 12, 31), ct))?.Name;
        });
        return TypedResults.Ok(new Resident(person.PersonalIdNumber, person.FullName, person.BirthDate, person.Sex,
            new Address(person.UnitCode, unitName, person.AddressDetail), person.HouseholdId, person.Relation,
            [.. family.Where(p => p.PersonalIdNumber != pid).OrderBy(p => p.BirthDate).Select(p => new Member(p.PersonalIdNumber, p.FullName, p.BirthDate, p.Relation))]));
    }

    /// <summary>
    /// Receives a change notification; the message id makes it idempotent (a second delivery answers 200 and changes nothing).
    /// </summary>
    public static async Task<IResult> ReceiveAsync(HttpRequest request, PopulationDbContext db, TimeProvider time, CancellationToken ct)
    {
        var messageId = request.Headers[Exchange.Contracts.ExchangeHeaders.MessageId].ToString();
        if (await db.Notifications.AnyAsync(n => n.MessageId == messageId, ct))
        {
            return TypedResults.Ok(new { messageId, duplicate = true });
        }
        using var reader = new StreamReader(request.Body);
        db.Notifications.Add(new ReceivedNotification
        {
            MessageId = messageId,
            Consumer = request.Headers[Exchange.Contracts.ExchangeHeaders.Consumer].ToString(),
            Purpose = request.Headers[Exchange.Contracts.ExchangeHeaders.Purpose].ToString(),
            Case = request.Headers[Exchange.Contracts.ExchangeHeaders.Case].ToString(),
            Body = await reader.ReadToEndAsync(ct),
            ReceivedAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Delivered twice at the same moment: the other copy won; this one changes nothing.
            return TypedResults.Ok(new { messageId, duplicate = true });
        }
        return TypedResults.Ok(new { messageId, duplicate = false });
    }
}
