namespace LienThong.Identity.Clients;

/// <summary>A client secret shown exactly once, when created or rotated; only its hash is stored.</summary>
public sealed record IssuedSecret(string ClientId, string ClientSecret);
