using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace LienThong.Identity.Clients;

/// <summary>What LienThong keeps about an agency system's OAuth client beside OpenIddict's own fields.</summary>
internal static class AgencyClientProperties
{
    public const string SubsystemKey = "lienthong:subsystem";
    public const string DisabledKey = "lienthong:disabled";
    public const string PreviousSecretKey = "lienthong:previous_secret";
    public const string PreviousSecretUntilKey = "lienthong:previous_secret_until";

    public static string? Subsystem(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(SubsystemKey, out var value) ? value.GetString() : null;

    public static bool IsDisabled(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(DisabledKey, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>The hash of the secret replaced by the last rotation, while its grace period lasts.</summary>
    public static string? PreviousSecret(ImmutableDictionary<string, JsonElement> properties, DateTimeOffset now) =>
        properties.TryGetValue(PreviousSecretKey, out var hash) && properties.TryGetValue(PreviousSecretUntilKey, out var until)
            && DateTimeOffset.Parse(until.GetString()!, CultureInfo.InvariantCulture) > now
            ? hash.GetString()
            : null;

    public static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);
}
