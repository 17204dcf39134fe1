using LienThong.Host.Cli;

// One executable: with no subcommand it serves the web app; `lienthong --help` lists the rest.
return await LienThongCommandLine.Build().Parse(args).InvokeAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
