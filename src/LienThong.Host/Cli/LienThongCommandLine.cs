using System.CommandLine;

namespace LienThong.Host.Cli;

/// <summary>The <c>lienthong</c> command: serve by default, plus maintenance subcommands.</summary>
internal static class LienThongCommandLine
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Thư mục dữ liệu / data folder (default ./data, or LIENTHONG_DATA_DIR)",
        Recursive = true,
    };

    public static readonly Option<bool> MigrateOnStart = new("--migrate-on-start")
    {
        Description = "PostgreSQL: áp dụng migration khi khởi động / apply migrations at start (SQLite always does)",
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("LienThong — nền tảng liên thông dữ liệu và dịch vụ công số của tỉnh. " +
            "Without a subcommand, serves the web app (--urls to choose the address, default " + LienThongHost.DefaultUrl + ").")
        {
            // Options the web host understands (--urls, --environment, …) pass through to it.
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(DataDir);
        root.Options.Add(MigrateOnStart);
        root.SetAction((result, ct) => ServeCommand.RunAsync(result, ct));
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(UnitsCommand.Create());
        root.Subcommands.Add(ClientsCommand.Create());
        root.Subcommands.Add(PkiCommand.Create());
        root.Subcommands.Add(SignCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(LogCommand.Create());
        root.Subcommands.Add(CalendarCommand.Create());
        root.Subcommands.Add(DossiersCommand.Create());
        root.Subcommands.Add(IndicatorsCommand.Create());
        root.Subcommands.Add(TaxCommand.Create());
        root.Subcommands.Add(EdXmlCommand.Create());
        return root;
    }
}
