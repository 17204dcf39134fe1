using LienThong.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace LienThong.Identity.Domain;

internal sealed class OfficialDirectory(UserManager<Official> users) : IOfficialDirectory
{
    public async Task<IReadOnlyList<OfficialDto>> ListSigningOfficialsAsync(CancellationToken cancellationToken = default)
    {
        var signers = await users.GetUsersInRoleAsync(Roles.Leader);
        return [.. signers.Where(o => o.AgencyElectronicId is not null).OrderBy(o => o.UserName, StringComparer.Ordinal)
            .Select(o => Dto(o, [Roles.Leader]))];
    }

    public async Task<OfficialDto?> FindAsync(string userName, CancellationToken cancellationToken = default) =>
        await users.FindByNameAsync(userName) is { } official ? Dto(official, [.. await users.GetRolesAsync(official)]) : null;

    private static OfficialDto Dto(Official official, IReadOnlyList<string> roles) =>
        new(official.UserName!, official.FullName, official.Position, official.AgencyElectronicId, roles);
}
