using LienThong.Indicators.Domain;
using LienThong.Indicators.Persistence;
using LienThong.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Indicators.CommunityTeams;

/// <summary>
/// Seeds synthetic community digital technology teams over the reference province (Quảng Nam, code 49) so that coverage
/// reads as the province reported for the end of 2023: every district-level unit (18) and commune (241) covered, about
/// 1,200 teams and over 6,200 members. Teams are founded between March 2022 and November 2023; names are invented.
/// Deterministic: the same teams on every machine.
/// </summary>
internal sealed class CommunityTeamSeeder(IndicatorsDbContext db, IRegistryDirectory registry)
{
    public const string Province = "49";
    public static readonly DateOnly ReportDate = new(2023, 12, 25);

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc", "Thu", "Đức", "Kim"];
    private static readonly string[] GivenNames = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Khánh", "Lan", "Linh",
        "Long", "Mai", "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Xuân", "Yến"];

    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Teams.AnyAsync(cancellationToken))
        {
            return 0;
        }
        var districts = await registry.ListUnitsAsync(new UnitQuery(ReportDate, ParentCode: Province), cancellationToken);
        var communes = new List<UnitDto>();
        foreach (var district in districts)
        {
            communes.AddRange(await registry.ListUnitsAsync(new UnitQuery(ReportDate, ParentCode: district.Code), cancellationToken));
        }
        var random = new Random(2023);
        var teams = new List<CommunityTeam>();
        foreach (var commune in communes.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            // The commune's team, then one per village team (four per commune on average).
            for (var i = 0; i < 5; i++)
            {
                var founded = new DateOnly(2022, 3, 1).AddDays(random.Next(620));
                var team = new CommunityTeam
                {
                    Id = Guid.CreateVersion7(), UnitCode = commune.Code, Village = i == 0 ? null : $"Thôn {i}",
                    Name = i == 0 ? $"Tổ công nghệ số cộng đồng {commune.Name}" : $"Tổ công nghệ số cộng đồng thôn {i}, {commune.Name}",
                    FoundedOn = founded, Synthetic = true,
                };
                var size = 5 + (random.Next(5) == 0 ? 1 : 0);
                for (var m = 0; m < size; m++)
                {
                    team.Members.Add(new TeamMember
                    {
                        Id = Guid.CreateVersion7(), TeamId = team.Id, Role = m == 0 ? "leader" : m == 1 ? "deputy" : "member", Since = founded,
                        FullName = $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}",
                    });
                }
                teams.Add(team);
            }
        }
        db.Teams.AddRange(teams);
        await db.SaveChangesAsync(cancellationToken);
        return teams.Count;
    }
}
