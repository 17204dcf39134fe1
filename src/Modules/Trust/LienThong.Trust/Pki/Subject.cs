using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using LienThong.Identity.Contracts;

namespace LienThong.Trust.Pki;

/// <summary>Whom a certificate is for: the profile, the distinguished name, and the agency or official it belongs to.</summary>
internal sealed record Subject(string Profile, X500DistinguishedName Name, string? AgencyElectronicId, string? OfficialUserName)
{
    /// <summary>An agency's seal: organisation name, organizationIdentifier (2.5.4.97) <c>VN-EID:&lt;e-ID&gt;</c>.</summary>
    public static Subject ForSeal(string electronicId, string agencyName)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("VN");
        name.AddOrganizationName(agencyName);
        name.Add("2.5.4.97", "VN-EID:" + electronicId, UniversalTagNumber.UTF8String);
        name.AddCommonName(agencyName);
        return new Subject(CertificateProfiles.Seal, name.Build(), electronicId, null);
    }

    /// <summary>An official's personal certificate: name, position as title (2.5.4.12), agency.</summary>
    public static Subject ForOfficial(OfficialDto official, string agencyName)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("VN");
        name.AddOrganizationName(agencyName);
        if (official.Position is { Length: > 0 } position)
        {
            name.Add("2.5.4.12", position, UniversalTagNumber.UTF8String);
        }
        name.AddCommonName(official.FullName);
        return new Subject(CertificateProfiles.Official, name.Build(), official.AgencyElectronicId, official.UserName);
    }
}
