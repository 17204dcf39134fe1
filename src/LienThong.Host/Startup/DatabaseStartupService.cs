namespace LienThong.Host.Startup;

/// <summary>
/// Prepares the database when the web host starts. The server is already listening meanwhile, and
/// <c>/health/ready</c> reports not ready until migrations are applied.
/// </summary>
internal sealed class DatabaseStartupService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().PrepareForServingAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
