using Microsoft.Extensions.Configuration;

namespace LienThong.BuildingBlocks.Hosting;

/// <summary>
/// The folder for the SQLite database, keys and files: <c>--data-dir</c>, else the environment
/// variable <c>LIENTHONG_DATA_DIR</c>, else <c>./data</c>. Created when missing.
/// </summary>
public sealed class DataDirectory
{
    public const string ConfigurationKey = "LienThong:DataDir";

    public DataDirectory(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey] ?? configuration["LIENTHONG_DATA_DIR"];
        Path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A sub-folder (created when missing), e.g. <c>keys</c> for key material.</summary>
    public string Folder(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;
}
