using System.Net;
using System.Net.Sockets;
using LienThong.AgencySystems;
using LienThong.Host;
using LienThong.Host.Cli;
using LienThong.Trust;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Bench;

/// <summary>
/// <c>-- dossiers [--count N] [--concurrency C]</c>: land-transfer dossiers (1.013831) end to end over HTTP through the gateway,
/// on PostgreSQL when <c>LIENTHONG_BENCH_POSTGRES</c> is set (else SQLite), with the bundled VNeID-style provider; prints
/// dossiers per second and the median machine time of each leg (goal: the tax leg ≤ 2 s median).
/// </summary>
internal static class DossierLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--count", 1000);
        var concurrency = Option(args, "--concurrency", 4);
        await using var database = await BenchDatabase.CreateAsync("lienthong_dossiers_");
        var folder = Directory.CreateTempSubdirectory("lienthong-dossiers-").FullName;
        var url = $"http://127.0.0.1:{FreePort()}";
        var vneid = $"http://127.0.0.1:{FreePort()}";
        var app = LienThongHost.Build(["--urls", url, "--environment", "Benchmark", "--Trust:EnrolOnStart", "false", "--AgencySystems:BaseUrl", url,
            "--Exchange:GatewayUrl", url, "--Trust:PublicBaseUrl", url, "--VNeID:Bundled:Enabled", "true", "--VNeID:Bundled:Url", vneid, "--VNeID:Authority", vneid,
            "--VNeID:RedirectUri", url + "/signin-vneid", .. database.Settings, "--Logging:LogLevel:Default", "Warning"], folder);
        await app.StartAsync();
        try
        {
            IReadOnlyList<AgencySystemsModule.SampleParcel> parcels;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var trust = scope.ServiceProvider.GetRequiredService<ITrustAdministration>();
                await trust.IssueAsync("official", "lanhdao.vpdkdd");
                await trust.IssueAsync("seal", "000.01.02.H15");
                parcels = await AgencySystemsModule.SampleParcelsAsync(scope.ServiceProvider, 0, 1200, CancellationToken.None);
            }
            var header = $"LienThong dossiers — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
                $"{(database.IsPostgres ? "PostgreSQL" : "SQLite")}, {count} dossiers of {DossierSimulation.Procedure}, {concurrency} at a time; load generator, " +
                "platform, VNeID provider, member systems and database on one machine";
            var report = await new DossierSimulation(new Uri(url), Console.Error)
                .RunAsync([.. Enumerable.Range(0, count).Select(i => parcels[i % parcels.Count])], concurrency, CancellationToken.None);
            var tax = report.Legs.FirstOrDefault(l => l.Name == "tax");
            var text = header + Environment.NewLine + DossierSimulation.Format(report) + (tax is null ? "Tax leg: no data"
                : $"Tax leg (slip sent → notice received) median {tax.MedianMilliseconds} ms — goal ≤ 2000 ms: {(tax.MedianMilliseconds <= 2000 ? "met" : "not met")}");
            Console.WriteLine(text);
            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "dossiers-report.txt"), text + Environment.NewLine);
            return report.Failed == 0 ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
