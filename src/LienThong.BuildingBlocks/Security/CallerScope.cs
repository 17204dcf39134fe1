using System.Linq.Expressions;
using System.Security.Claims;

namespace LienThong.BuildingBlocks.Security;

/// <summary>
/// What part of the province's data a caller may see: everything (platform operators), one agency's
/// items (officials), or only their own (citizens). Deny by default: a caller that is none of these
/// sees nothing. Every module filters its queries through this, never by hand.
/// </summary>
public sealed record CallerScope(bool WholeProvince, string? AgencyElectronicId, string? CitizenSubject)
{
    public const string AgencyClaim = "agency";
    public const string PlatformOperatorRole = "platform-operator";
    public const string CitizenRole = "citizen";

    public static CallerScope Nothing { get; } = new(false, null, null);

    public static CallerScope Of(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Nothing;
        }
        if (HasRole(user, PlatformOperatorRole))
        {
            return new(true, null, null);
        }
        if (HasRole(user, CitizenRole))
        {
            return new(false, null, user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value);
        }
        return user.FindFirst(AgencyClaim)?.Value is { Length: > 0 } agency ? new(false, agency, null) : Nothing;
    }

    /// <summary>Keeps the items of the caller's agency (or all, for the province).</summary>
    public IQueryable<T> ByAgency<T>(IQueryable<T> items, Expression<Func<T, string?>> agencyOf)
    {
        if (WholeProvince)
        {
            return items;
        }
        var agency = AgencyElectronicId;
        if (agency is null)
        {
            return items.Where(_ => false);
        }
        var parameter = agencyOf.Parameters[0];
        var filter = Expression.Lambda<Func<T, bool>>(Expression.Equal(agencyOf.Body, Expression.Constant(agency, typeof(string))), parameter);
        return items.Where(filter);
    }

    /// <summary>Keeps the citizen's own items (or all, for the province).</summary>
    public IQueryable<T> BySubject<T>(IQueryable<T> items, Expression<Func<T, string?>> subjectOf)
    {
        if (WholeProvince)
        {
            return items;
        }
        var subject = CitizenSubject;
        if (subject is null)
        {
            return items.Where(_ => false);
        }
        var filter = Expression.Lambda<Func<T, bool>>(Expression.Equal(subjectOf.Body, Expression.Constant(subject, typeof(string))), subjectOf.Parameters[0]);
        return items.Where(filter);
    }

    public bool CanSeeAgency(string? agencyElectronicId) => WholeProvince || (AgencyElectronicId is not null && AgencyElectronicId == agencyElectronicId);

    private static bool HasRole(ClaimsPrincipal user, string role) =>
        user.IsInRole(role) || user.HasClaim("role", role) || user.HasClaim(ClaimTypes.Role, role);
}
