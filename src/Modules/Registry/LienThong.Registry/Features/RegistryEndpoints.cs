using LienThong.Registry.Features.GetAgency;
using LienThong.Registry.Features.GetUnit;
using LienThong.Registry.Features.ListAgencies;
using LienThong.Registry.Features.ListUnits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LienThong.Registry.Features;

internal static class RegistryEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/units", ListUnitsEndpoint.Handle).WithName("ListUnits")
            .WithSummary("Administrative units valid on a date")
            .WithDescription("`at` defaults to today (Vietnam time); `q` matches with or without diacritics.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/units/{code}", GetUnitEndpoint.Handle).WithName("GetUnit")
            .WithSummary("One administrative unit on a date, with predecessors and successors")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/agencies", ListAgenciesEndpoint.Handle).WithName("ListAgencies")
            .WithSummary("Agencies valid on a date")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/agencies/{eid}", GetAgencyEndpoint.Handle).WithName("GetAgency")
            .WithSummary("One agency by electronic identifier (Decision 20/2020/QĐ-TTg) on a date")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
