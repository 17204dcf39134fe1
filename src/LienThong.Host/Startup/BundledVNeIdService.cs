using LienThong.BuildingBlocks.Hosting;
using LienThong.Identity.Citizens;
using LienThong.VNeID;
using Microsoft.Extensions.Options;

namespace LienThong.Host.Startup;

/// <summary>
/// Runs the bundled VNeID-style provider beside the platform when <c>VNeID:Bundled:Enabled</c> (the
/// demo): its own web application on its own port, data and keys in <c>&lt;data&gt;/vneid</c>.
/// Refused in Production, where the real provider is configured instead.
/// </summary>
internal sealed class BundledVNeIdService(IOptions<VNeIdClientOptions> options, DataDirectory data, IHostEnvironment environment,
    ILogger<BundledVNeIdService> logger) : IHostedService
{
    private WebApplication? provider;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Bundled.Enabled)
        {
            return;
        }
        if (environment.IsProduction())
        {
            logger.LogWarning("VNeID:Bundled:Enabled is ignored in Production; configure VNeID:Authority for the real provider.");
            return;
        }
        provider = await VNeIdProvider.StartAsync(new VNeIdSettings(settings.Bundled.Url, data.Folder("vneid"), settings.ClientId,
            settings.ClientSecret, [settings.RedirectUri]), cancellationToken);
        logger.LogInformation("Bundled VNeID-style provider listening on {Url}.", settings.Bundled.Url);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (provider is not null)
        {
            await provider.StopAsync(cancellationToken);
            await provider.DisposeAsync();
        }
    }
}
