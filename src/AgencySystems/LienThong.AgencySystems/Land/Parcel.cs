namespace LienThong.AgencySystems.Land;

/// <summary>A land parcel of the cadastral database: commune + map sheet + parcel number (Land Law 2024; Decree 101/2024/NĐ-CP).</summary>
internal sealed class Parcel
{
    public int Id { get; set; }

    public string UnitCode { get; set; } = "";

    public int MapSheet { get; set; }

    public int Number { get; set; }

    public string AddressDetail { get; set; } = "";

    /// <summary>Square metres.</summary>
    public decimal Area { get; set; }

    /// <summary>Land-use purpose code and name, e.g. <c>ONT — Đất ở tại nông thôn</c>.</summary>
    public string Purpose { get; set; } = "";

    /// <summary><c>Lâu dài</c>, or the end date of a term.</summary>
    public string Term { get; set; } = "";

    public string OwnerId { get; set; } = "";

    public string OwnerName { get; set; } = "";

    /// <summary>The certificate's issue number (số phát hành), e.g. <c>DA 123456</c>.</summary>
    public string CertificateNumber { get; set; } = "";

    public DateOnly CertificateIssuedOn { get; set; }
}

/// <summary>A registered transfer of a parcel's use right: the previous and new holder, on which dossier.</summary>
internal sealed class ParcelTransfer
{
    public string MessageId { get; set; } = "";

    public int ParcelId { get; set; }

    public string FromOwnerId { get; set; } = "";

    public string ToOwnerId { get; set; } = "";

    public string ToOwnerName { get; set; } = "";

    public string? Case { get; set; }

    public string NewCertificateNumber { get; set; } = "";

    public DateTimeOffset RegisteredAt { get; set; }
}
