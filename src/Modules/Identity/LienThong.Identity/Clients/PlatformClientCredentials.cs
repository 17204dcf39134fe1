using LienThong.BuildingBlocks.Hosting;
using LienThong.BuildingBlocks.Security;
using LienThong.Identity.Contracts;

namespace LienThong.Identity.Clients;

internal sealed class PlatformClientCredentials(IAgencyClients clients, DataDirectory data) : IPlatformClientCredentials
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<string> SecretOfAsync(string subsystem, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(data.Folder(Path.Combine("keys", "clients")),
            string.Concat(subsystem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_')) + ".secret");
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(path))
            {
                return (await File.ReadAllTextAsync(path, cancellationToken)).Trim();
            }
            // Nobody knows the seeded client's secret: issue one (a rotation, when the client exists) and keep it.
            var issued = (await clients.ListAsync(cancellationToken)).Any(c => c.ClientId == subsystem)
                ? await clients.RotateAsync(subsystem, cancellationToken)
                : (await clients.AddAsync(subsystem, subsystem, cancellationToken)).Secret;
            return KeyFiles.ReadOrCreate(path, () => issued?.ClientSecret ?? throw new InvalidOperationException($"No client for {subsystem}."));
        }
        finally
        {
            Gate.Release();
        }
    }
}
