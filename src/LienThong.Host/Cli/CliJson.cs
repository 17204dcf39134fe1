using System.Text.Json;

namespace LienThong.Host.Cli;

/// <summary>JSON as the commands print it: camelCase, indented, Vietnamese left readable.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
