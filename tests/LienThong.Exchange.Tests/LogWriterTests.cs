using LienThong.BuildingBlocks.Persistence;
using LienThong.Exchange.Gateway;
using LienThong.Exchange.MessageLog;
using LienThong.Exchange.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LienThong.Exchange.Tests;

/// <summary>
/// Two writers on one chain — what two hosts sharing one database are: each remembers the head it last wrote, finds it
/// moved by the other, and chains again; no record is lost, doubled or out of the chain.
/// </summary>
public abstract class LogWriterTests(GatewayHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoWritersOnOneChain_Interleave_AndTheChainStaysWhole()
    {
        host.Database.RequireAvailable();
        var services = host.Services;
        MessageLogWriter Writer() => new(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<DatabaseConnection>(),
            services.GetRequiredService<ExchangeMetrics>(), NullLogger<MessageLogWriter>.Instance);
        var writers = new[] { Writer(), Writer() };
        long before;
        await using (var scope = services.CreateAsyncScope())
        {
            before = await scope.ServiceProvider.GetRequiredService<ExchangeDbContext>().LogRecords.LongCountAsync(Ct);
        }
        foreach (var writer in writers)
        {
            await writer.StartAsync(Ct);
        }

        var appends = Enumerable.Range(0, 300).Select(i => writers[i % 2].AppendAsync(new LogRecord
        {
            MessageId = Guid.NewGuid().ToString(), OccurredAt = DateTimeOffset.UtcNow, Consumer = GatewayHost.Lgsp, Service = GatewayHost.Population,
            Method = "GET", Path = $"/cong-dan/{i}", Purpose = "1.013831", RequestDigest = new string('a', 64), Status = 200, Outcome = "forwarded",
        }, Ct));
        await Task.WhenAll(appends);
        foreach (var writer in writers)
        {
            await writer.StopAsync(Ct);
        }

        await using var check = services.CreateAsyncScope();
        var verification = await check.ServiceProvider.GetRequiredService<IExchangeAdministration>().VerifyLogAsync(null, null, Ct);
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(before + 300, verification.Records);
        var paths = await check.ServiceProvider.GetRequiredService<ExchangeDbContext>().LogRecords
            .Where(r => r.Path.StartsWith("/cong-dan/") && r.Consumer == GatewayHost.Lgsp && r.Method == "GET" && r.Sequence > before)
            .Select(r => r.Path).ToListAsync(Ct);
        Assert.Equal(300, paths.Distinct().Count());
    }
}

public sealed class SqliteLogWriterTests(SqliteGatewayHost host) : LogWriterTests(host), IClassFixture<SqliteGatewayHost>;

public sealed class PostgresLogWriterTests(PostgresGatewayHost host) : LogWriterTests(host), IClassFixture<PostgresGatewayHost>;
