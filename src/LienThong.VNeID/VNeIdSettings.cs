namespace LienThong.VNeID;

/// <summary>How the bundled provider runs: where, with which data folder, and the one relying party it serves.</summary>
public sealed record VNeIdSettings(string Url, string DataDirectory, string ClientId, string ClientSecret, IReadOnlyList<Uri> RedirectUris);
