namespace LienThong.Exchange.Domain;

/// <summary>
/// An access right: consumer subsystem × service [× endpoint] × allowed purposes × validity. Nothing else passes
/// (deny by default). Purposes are national procedure codes separated by commas, or <c>*</c> for any.
/// </summary>
internal sealed class AccessGrant
{
    public int Id { get; private set; }

    public string Consumer { get; private set; } = "";

    public string Service { get; private set; } = "";

    /// <summary>An HTTP method, or null for any.</summary>
    public string? Method { get; private set; }

    /// <summary>A path prefix under the service (e.g. <c>/cong-dan</c>), or null for the whole service.</summary>
    public string? PathPrefix { get; private set; }

    public string Purposes { get; private set; } = "";

    public DateTimeOffset ValidFrom { get; private set; }

    public DateTimeOffset? ValidTo { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    private AccessGrant()
    {
    }

    public AccessGrant(string consumer, string service, string? method, string? pathPrefix, string purposes, DateTimeOffset validFrom,
        DateTimeOffset? validTo, string createdBy, DateTimeOffset createdAt) =>
        (Consumer, Service, Method, PathPrefix, Purposes, ValidFrom, ValidTo, CreatedBy, CreatedAt) =
        (consumer, service, method, pathPrefix, purposes, validFrom, validTo, createdBy, createdAt);

    public IReadOnlyList<string> PurposeList => Purposes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool InForce(DateTimeOffset at) => RevokedAt is null && ValidFrom <= at && (ValidTo is null || at < ValidTo);

    public bool Covers(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (PathPrefix is null || path == PathPrefix || path.StartsWith(PathPrefix.TrimEnd('/') + "/", StringComparison.Ordinal));

    public bool Allows(string purpose) => PurposeList.Contains("*") || PurposeList.Contains(purpose);

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
