using LienThong.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Bench;

/// <summary>The real host on a throwaway data folder (SQLite, software keys, TSA in process), without background enrolment.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly string folder;
    private readonly WebApplication app;
    private readonly AsyncServiceScope scope;

    private BenchHost(string folder, WebApplication app)
    {
        (this.folder, this.app) = (folder, app);
        scope = app.Services.CreateAsyncScope();
    }

    public IServiceProvider Services => scope.ServiceProvider;

    public static async Task<BenchHost> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("lienthong-bench-").FullName;
        var app = LienThongHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Benchmark", "--VNeID:Bundled:Enabled", "false",
            "--Trust:EnrolOnStart", "false"], folder);
        await app.StartAsync();
        return new BenchHost(folder, app);
    }

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
