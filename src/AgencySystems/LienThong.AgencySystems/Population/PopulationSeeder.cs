using System.Globalization;
using LienThong.AgencySystems.Persistence;
using LienThong.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LienThong.AgencySystems.Population;

/// <summary>
/// Synthetic but consistent residents: the VNeID-style provider's citizens (same numbers, names, birth dates, communes),
/// each heading a household, and further households until there are 520 people, all in real communes of Quảng Nam
/// (the registry's units on 31/12/2023). Numbers follow Circular 59/2021/TT-BCA (prefix 049: birth registered in Quảng Nam).
/// Deterministic: the same seed gives the same people.
/// </summary>
internal sealed class PopulationSeeder(PopulationDbContext db, IRegistryDirectory registry)
{
    public const int Target = 520;
    private static readonly DateOnly SeedDate = new(2023, 12, 31);
    private static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MaleMiddle = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Công", "Thanh"];
    private static readonly string[] FemaleMiddle = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ"];
    private static readonly string[] MaleGiven = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khoa", "Long", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Vinh"];
    private static readonly string[] FemaleGiven = ["Anh", "Bích", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Nhung", "Phương", "Thảo", "Trang", "Vân", "Yến"];

    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.People.AnyAsync(cancellationToken))
        {
            return 0;
        }
        var communes = (await registry.ListUnitsAsync(new UnitQuery(SeedDate, Level: 3), cancellationToken)).Select(u => u.Code).ToList();
        var random = new Random(20_231_231);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var people = new List<Person>();
        var household = 0;
        foreach (var citizen in VneidCitizens())
        {
            taken.Add(citizen.PersonalIdNumber);
            citizen.HouseholdId = $"HK{++household:D6}";
            citizen.Relation = "Chủ hộ";
            citizen.AddressDetail = Detail(random);
            people.Add(citizen);
            people.AddRange(Members(citizen, random, taken));
        }
        while (people.Count < Target)
        {
            var head = NewPerson(random, taken, random.Next(1950, 1995), random.Next(2) == 0 ? "male" : "female");
            head.UnitCode = communes[random.Next(communes.Count)];
            head.HouseholdId = $"HK{++household:D6}";
            head.Relation = "Chủ hộ";
            head.AddressDetail = Detail(random);
            people.Add(head);
            people.AddRange(Members(head, random, taken));
        }
        db.People.AddRange(people);
        await db.SaveChangesAsync(cancellationToken);
        return people.Count;
    }

    /// <summary>A spouse (mostly) and up to three children, born after the head's 22nd year.</summary>
    private static IEnumerable<Person> Members(Person head, Random random, HashSet<string> taken)
    {
        var family = head.FullName.Split(' ')[0];
        if (random.NextDouble() < 0.8)
        {
            var sex = head.Sex == "male" ? "female" : "male";
            var spouse = NewPerson(random, taken, head.BirthDate.Year + random.Next(-4, 5), sex);
            yield return Join(spouse, head, sex == "female" ? "Vợ" : "Chồng");
        }
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            var year = Math.Min(head.BirthDate.Year + 22 + random.Next(0, 15), 2023);
            var child = NewPerson(random, taken, year, random.Next(2) == 0 ? "male" : "female", family);
            yield return Join(child, head, "Con");
        }
    }

    private static Person Join(Person member, Person head, string relation)
    {
        (member.UnitCode, member.AddressDetail, member.HouseholdId, member.Relation) = (head.UnitCode, head.AddressDetail, head.HouseholdId, relation);
        return member;
    }

    private static Person NewPerson(Random random, HashSet<string> taken, int year, string sex, string? family = null)
    {
        var female = sex == "female";
        var name = $"{family ?? Pick(random, Families)} {Pick(random, female ? FemaleMiddle : MaleMiddle)} {Pick(random, female ? FemaleGiven : MaleGiven)}";
        var born = new DateOnly(year, random.Next(1, 13), random.Next(1, 29));
        string number;
        do
        {
            var code = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
            number = "049" + code.ToString(CultureInfo.InvariantCulture) + (year % 100).ToString("D2", CultureInfo.InvariantCulture)
                + random.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        }
        while (!taken.Add(number));
        return new Person { PersonalIdNumber = number, FullName = name, BirthDate = born, Sex = sex };
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Detail(Random random) => random.Next(3) == 0 ? $"Tổ dân phố {random.Next(1, 15)}" : $"Thôn {random.Next(1, 12)}";

    private static IEnumerable<Person> VneidCitizens()
    {
        using var stream = typeof(PopulationSeeder).Assembly.GetManifestResourceStream("LienThong.AgencySystems.vneid-citizens.csv")!;
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(',');
            yield return new Person
            {
                PersonalIdNumber = f[0],
                FullName = f[1],
                BirthDate = DateOnly.ParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Sex = f[3],
                UnitCode = f[4],
            };
        }
    }
}
