namespace LienThong.Identity.Contracts;

/// <summary>An official as other modules see one: who signs, in which agency, with which position.</summary>
public sealed record OfficialDto(string UserName, string FullName, string? Position, string? AgencyElectronicId, IReadOnlyList<string> Roles);

/// <summary>Read access to officials' accounts for other modules (the PKI issues their signing certificates).</summary>
public interface IOfficialDirectory
{
    /// <summary>
    /// Officials who sign documents and results in their own name: the <see cref="Contracts.Roles.Leader"/> role
    /// (Decree 30/2020/NĐ-CP Art. 13: the head, or a deputy on the head's behalf).
    /// </summary>
    Task<IReadOnlyList<OfficialDto>> ListSigningOfficialsAsync(CancellationToken cancellationToken = default);

    Task<OfficialDto?> FindAsync(string userName, CancellationToken cancellationToken = default);
}
