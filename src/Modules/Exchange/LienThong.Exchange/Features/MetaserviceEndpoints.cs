using System.Security.Claims;
using LienThong.BuildingBlocks.Problems;
using LienThong.Exchange.Gateway;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LienThong.Exchange.Features;

/// <summary>X-Road's metaservices for integrators and tools: who is on the exchange, what they publish, what the caller may call.</summary>
internal static class MetaserviceEndpoints
{
    public sealed record Client(string Id, string Name, string Instance, string MemberClass, string MemberCode, string SubsystemCode);

    public sealed record Method(string Id, string Name, string Version, string Description, string Category, bool PersonalData, string LegalBasis);

    public sealed record AllowedMethod(string Id, string Name, string Version, string? HttpMethod, string? Path, IReadOnlyList<string> Purposes,
        DateTimeOffset ValidFrom, DateTimeOffset? ValidTo);

    public static async Task<Ok<IEnumerable<Client>>> ListClientsAsync(ExchangeDirectory directory, CancellationToken ct) =>
        TypedResults.Ok((await directory.GetAsync(ct)).Subsystems.Select(s => new Client(s.Identifier, s.Name, s.Instance, s.MemberClass, s.MemberCode, s.Code)));

    public static async Task<Results<Ok<IEnumerable<Method>>, ProblemHttpResult>> ListMethodsAsync(string instance, string memberClass, string member,
        string subsystem, ExchangeDirectory directory, CancellationToken ct)
    {
        var snapshot = await directory.GetAsync(ct);
        var id = $"{instance}/{memberClass}/{member}/{subsystem}";
        return snapshot.Subsystems.Any(s => s.Identifier == id)
            ? TypedResults.Ok(snapshot.Services.Values.Where(s => s.Subsystem == id).OrderBy(s => s.Identifier)
                .Select(s => new Method(s.Identifier, s.Name, s.Version, s.Description, s.Category, s.PersonalData, s.LegalBasis)))
            : Problems.Of(ExchangeProblems.UnknownService, $"Không có hệ thống {id}.");
    }

    public static async Task<Results<Ok<IEnumerable<AllowedMethod>>, ProblemHttpResult>> AllowedMethodsAsync(string instance, string memberClass,
        string member, string subsystem, ClaimsPrincipal user, ExchangeDirectory directory, TimeProvider time, CancellationToken ct)
    {
        if (user.FindFirstValue("subsystem") is not { } consumer)
        {
            return Problems.Of(ExchangeProblems.NotASubsystem, "Dùng access token client-credentials của hệ thống.");
        }
        var snapshot = await directory.GetAsync(ct);
        var id = $"{instance}/{memberClass}/{member}/{subsystem}";
        var now = time.GetUtcNow();
        return TypedResults.Ok(snapshot.Services.Values.Where(s => s.Subsystem == id).OrderBy(s => s.Identifier)
            .SelectMany(s => snapshot.Grants[(consumer, s.Identifier)].Where(g => g.InForce(now))
                .Select(g => new AllowedMethod(s.Identifier, s.Name, s.Version, g.Method, g.PathPrefix, g.PurposeList, g.ValidFrom, g.ValidTo))));
    }

    public static async Task<IResult> OpenApiAsync(string instance, string memberClass, string member, string subsystem, string service,
        ExchangeDirectory directory, CancellationToken ct) =>
        (await directory.GetAsync(ct)).Services.TryGetValue($"{instance}/{memberClass}/{member}/{subsystem}/{service}", out var found)
            ? Results.Text(found.OpenApi, "application/json")
            : Problems.Of(ExchangeProblems.UnknownService, $"Không có dịch vụ {instance}/{memberClass}/{member}/{subsystem}/{service}.");
}
