namespace LienThong.Host.Startup;

/// <summary>
/// The folder for the SQLite database, keys and files: <c>--data-dir</c>, else the environment
/// variable <c>LIENTHONG_DATA_DIR</c>, else <c>./data</c>. Created when missing.
/// </summary>
internal sealed class DataDirectory
{
    public const string ConfigurationKey = "LienThong:DataDir";

    public DataDirectory(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey] ?? configuration["LIENTHONG_DATA_DIR"];
        Path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }
}
