using System.Globalization;
using LienThong.BuildingBlocks.Identifiers;
using Microsoft.VisualBasic.FileIO;

namespace LienThong.VNeID;

/// <summary>The provider's citizens, loaded from the embedded CSV; every number is checked on load.</summary>
internal sealed class CitizenDirectory
{
    /// <summary>Every demo account has this password (the real VNeID uses the app and biometrics).</summary>
    public const string DemoPassword = "VNeID@2026";

    private readonly Dictionary<string, Citizen> byNumber;

    public CitizenDirectory()
    {
        using var stream = typeof(CitizenDirectory).Assembly.GetManifestResourceStream("LienThong.VNeID.citizens.csv")!;
        using var parser = new TextFieldParser(stream) { TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        parser.ReadFields();
        var citizens = new List<Citizen>();
        while (parser.ReadFields() is { } f)
        {
            var citizen = new Citizen(f[0], f[1], DateOnly.ParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture), f[3], f[4],
                int.Parse(f[5], CultureInfo.InvariantCulture));
            var sex = citizen.Sex == "female" ? PersonalIdNumber.Sex.Female : PersonalIdNumber.Sex.Male;
            if (PersonalIdNumber.Problem(citizen.PersonalIdNumber, citizen.BirthDate, sex) is { } problem)
            {
                throw new InvalidOperationException($"Citizen {PersonalIdNumber.Mask(citizen.PersonalIdNumber)}: {problem}");
            }
            citizens.Add(citizen);
        }
        byNumber = citizens.ToDictionary(c => c.PersonalIdNumber, StringComparer.Ordinal);
    }

    public int Count => byNumber.Count;

    public Citizen? Find(string personalIdNumber) => byNumber.GetValueOrDefault(personalIdNumber);
}
