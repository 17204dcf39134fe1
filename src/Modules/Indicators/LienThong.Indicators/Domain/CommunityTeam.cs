namespace LienThong.Indicators.Domain;

/// <summary>
/// A community digital technology team (tổ công nghệ số cộng đồng) of a commune, or of a village within it: citizens and
/// officials who help households with digital skills, VNeID activation and online public services.
/// </summary>
internal sealed class CommunityTeam
{
    public Guid Id { get; set; }

    /// <summary>The commune-level unit it belongs to, as coded when the team was founded.</summary>
    public string UnitCode { get; set; } = "";

    /// <summary>The village (thôn, tổ dân phố) it serves, when it is a village team.</summary>
    public string? Village { get; set; }

    public string Name { get; set; } = "";

    public DateOnly FoundedOn { get; set; }

    public DateOnly? DissolvedOn { get; set; }

    /// <summary>Seeded for the demo (synthetic), not reported by the commune.</summary>
    public bool Synthetic { get; set; }

    public List<TeamMember> Members { get; set; } = [];
}

/// <summary>A member of a team with a role (tổ trưởng, tổ phó, thành viên).</summary>
internal sealed class TeamMember
{
    public Guid Id { get; set; }

    public Guid TeamId { get; set; }

    public string FullName { get; set; } = "";

    /// <summary><c>leader</c>, <c>deputy</c> or <c>member</c>.</summary>
    public string Role { get; set; } = "member";

    public DateOnly Since { get; set; }

    public DateOnly? Until { get; set; }
}

/// <summary>
/// What a team did on a day: households helped with digital skills, VNeID accounts activated, online dossiers helped. An
/// online dossier is linked by its code only when the citizen agreed.
/// </summary>
internal sealed class TeamActivity
{
    public Guid Id { get; set; }

    public Guid TeamId { get; set; }

    public DateOnly On { get; set; }

    /// <summary><c>households</c>, <c>vneid</c> or <c>online-dossiers</c>.</summary>
    public string Kind { get; set; } = "";

    public int Count { get; set; }

    public string? DossierCode { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }
}
