using LienThong.Host.Cli;

using System.CommandLine;
using Microsoft.Extensions.Options;

// One executable: with no subcommand it serves the web app; `lienthong --help` lists the rest.
try
{
        // Our own handler below turns a configuration error into a message instead of a stack trace.
    return await LienThongCommandLine.Build().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OptionsValidationException e)
{
    // A wrong setting is the operator's to fix: say which, without a stack trace.
    await Console.Error.WriteLineAsync("Cấu hình không hợp lệ / invalid configuration:");
    foreach (var failure in e.Failures)
    {
        await Console.Error.WriteLineAsync("  " + failure);
    }
    return 3;
}
catch (DatabaseNotReadyException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 4;
}

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
