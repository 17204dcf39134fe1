using System.Net;
using System.Net.Sockets;
using LienThong.Exchange.Contracts;
using LienThong.Testing;
using LienThong.Trust;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Exchange.Tests;

/// <summary>
/// A live platform with two consumer systems registered (the provincial portal with a grant, the LGSP without one), a
/// service whose provider is down and one whose provider never answers, a 4 KB body limit and a 2 s provider timeout.
/// </summary>
public abstract class GatewayHost(TestDatabase database) : LiveHost(database)
{
    public const string Portal = "VN-QNA/GOV/000.00.00.H47/DVCTINH";
    public const string Lgsp = "VN-QNA/GOV/000.00.00.H47/LGSP";
    public const string Population = "VN-QNA/GOV/000.00.00.G01/CSDLQGDC/cong-dan";
    public const string DownService = "VN-QNA/GOV/000.00.00.H47/LGSP/may-tat";
    public const string SlowService = "VN-QNA/GOV/000.00.00.H47/LGSP/cham";

    private TcpListener? silent;

    public string PortalToken { get; private set; } = "";

    public string LgspToken { get; private set; } = "";

    public const string LandOffice = "VN-QNA/GOV/000.01.02.H47/MOTCUA";

    public string LandOfficeToken { get; private set; } = "";

    protected override IEnumerable<string> Settings =>
        ["--Exchange:MaxRequestBytes", "4096", "--Exchange:ProviderTimeout", "00:00:02", "--Exchange:CheckpointInterval", "01:00:00",
            "--Exchange:MaxDeliveryAttempts", "2", "--Exchange:FirstRetryDelay", "00:00:00.200"];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        if (Database.Unavailable is not null)
        {
            return;
        }
        PortalToken = await TokenAsync(Portal, await AddClientAsync(Portal, "Cổng dịch vụ công tỉnh"));
        LgspToken = await TokenAsync(Lgsp, await AddClientAsync(Lgsp, "LGSP"));
        LandOfficeToken = await TokenAsync(LandOffice, await AddClientAsync(LandOffice, "Một cửa VPĐKĐĐ"));
        // A provider that accepts connections and never answers, and one that is not there at all.
        silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ITrustAdministration>().IssueAsync("seal", "000.00.01.H47");
        var exchange = scope.ServiceProvider.GetRequiredService<IExchangeRegistration>();
        foreach (var (code, url) in new[]
        {
            ("may-tat", $"http://127.0.0.1:{FreePort()}/api"),
            ("cham", $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/api"),
        })
        {
            var service = await exchange.EnsureServiceAsync(new ServiceRegistration("VN-QNA/GOV/000.00.00.H47/LGSP", code, "v1", code, code, url, "{}",
                "shared", false, "thử nghiệm"));
            await exchange.EnsureGrantAsync(Portal, service, ["*"]);
        }
        // A service of Nông Sơn district, merged into Quế Sơn on 1/1/2025 (Resolution 1241/NQ-UBTVQH15), answering with
        // the population register's data.
        var merged = await exchange.EnsureSubsystemAsync("GOV", "000.00.48.H47", "HOTICH", "Phần mềm hộ tịch huyện Nông Sơn");
        var registration = await exchange.EnsureServiceAsync(new ServiceRegistration(merged, "ho-tich", "v1", "Hộ tịch", "Hộ tịch",
            Url + "/he-thong/dan-cu/v1", "{}", "specialised", true, "thử nghiệm"));
        await exchange.EnsureGrantAsync(Portal, registration, ["*"]);
    }

    public HttpRequestMessage Call(HttpMethod method, string path, string? token, string? purpose = "1.013831", string? subject = null)
    {
        var request = new HttpRequestMessage(method, "/x/" + path);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        if (purpose is not null)
        {
            request.Headers.Add(ExchangeHeaders.Purpose, purpose);
        }
        if (subject is not null)
        {
            request.Headers.Add(ExchangeHeaders.Subject, subject);
        }
        request.Headers.Add(ExchangeHeaders.Case, "000.00.00.H47-261126-0001");
        request.Headers.Add(ExchangeHeaders.User, "motcua.vpdkdd");
        return request;
    }

    public override async ValueTask DisposeAsync()
    {
        silent?.Stop();
        silent?.Dispose();
        await base.DisposeAsync();
    }
}

public sealed class SqliteGatewayHost() : GatewayHost(new SqliteTestDatabase());

public sealed class PostgresGatewayHost() : GatewayHost(new PostgresTestDatabase());
