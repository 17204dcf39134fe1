using LienThong.Registry.Domain;

namespace LienThong.Registry.Persistence;

internal static class ValidOnExtensions
{
    // [ValidFrom, ValidTo): written out so that both providers translate it to plain comparisons.
    public static IQueryable<AdministrativeUnit> ValidOn(this IQueryable<AdministrativeUnit> units, DateOnly at) =>
        units.Where(u => (u.ValidFrom == null || u.ValidFrom <= at) && (u.ValidTo == null || at < u.ValidTo));

    public static IQueryable<Agency> ValidOn(this IQueryable<Agency> agencies, DateOnly at) =>
        agencies.Where(a => (a.ValidFrom == null || a.ValidFrom <= at) && (a.ValidTo == null || at < a.ValidTo));
}
