using LienThong.Identity.Clients;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LienThong.Identity.Features;

internal static class ListClientsEndpoint
{
    public static async Task<Ok<IReadOnlyList<AgencyClient>>> Handle(IAgencyClients clients, CancellationToken cancellationToken) =>
        TypedResults.Ok(await clients.ListAsync(cancellationToken));
}
