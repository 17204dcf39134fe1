namespace LienThong.AgencySystems.Tax;

/// <summary>
/// A notice of land financial obligations (thông báo nộp tiền) computed from the land office's information slip: the
/// registration fee and the personal income tax on the transfer, due within 30 days; paid when confirmed.
/// </summary>
internal sealed class TaxNotice
{
    public string Number { get; set; } = "";

    /// <summary>The slip's message id: a slip delivered twice yields one notice.</summary>
    public string MessageId { get; set; } = "";

    public string DossierCode { get; set; } = "";

    public string SlipNumber { get; set; } = "";

    public string TaxpayerId { get; set; } = "";

    public string TaxpayerName { get; set; } = "";

    /// <summary>commune/sheet/number.</summary>
    public string Parcel { get; set; } = "";

    /// <summary>Area × the provincial land price table (VND): the registration fee's base.</summary>
    public long LandValue { get; set; }

    /// <summary>The price in the transfer contract (VND): the income tax's base.</summary>
    public long TransferPrice { get; set; }

    public long RegistrationFee { get; set; }

    public long IncomeTax { get; set; }

    public long Total { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateOnly DueDate { get; set; }

    /// <summary><c>review</c> (held for a tax officer, not issued yet), <c>unpaid</c> (issued) or <c>paid</c>.</summary>
    public string Status { get; set; } = "unpaid";

    /// <summary>The relationship between the parties the transferor declared, when an exemption is claimed.</summary>
    public string? Relationship { get; set; }

    /// <summary>Why the notice was held for review, and what the officer decided.</summary>
    public string? Review { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public string? PaymentReference { get; set; }
}
