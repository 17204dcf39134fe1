namespace LienThong.Identity.Clients;

/// <summary>An agency information system's OAuth client, as listed to operators (never with its secret).</summary>
public sealed record AgencyClient(string ClientId, string Name, string? Subsystem, bool Disabled);
