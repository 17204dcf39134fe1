using System.CommandLine;
using System.Text.Json;
using LienThong.BuildingBlocks.Auditing;
using LienThong.Identity.Clients;

namespace LienThong.Host.Cli;

/// <summary><c>lienthong clients add|rotate|list|disable</c>: OAuth clients of agency information systems.</summary>
internal static class ClientsCommand
{
    public static Command Create()
    {
        var clients = new Command("clients", "Client OAuth của hệ thống thông tin các cơ quan / agency system clients");
        clients.Subcommands.Add(CreateAdd());
        clients.Subcommands.Add(CreateRotate());
        clients.Subcommands.Add(CreateList());
        clients.Subcommands.Add(CreateDisable());
        return clients;
    }

    private static Option<bool> JsonOption() => new("--json") { Description = "In JSON" };

    private static Command CreateAdd()
    {
        var subsystem = new Option<string>("--subsystem") { Description = "INSTANCE/CLASS/MEMBER/SUBSYSTEM, ví dụ VN-QNA/GOV/000.00.02.H47/DATDAI", Required = true };
        var name = new Option<string>("--name") { Description = "Tên hệ thống", Required = true };
        var json = JsonOption();
        var command = new Command("add", "Đăng ký hệ thống và cấp client; khoá bí mật chỉ hiện một lần") { subsystem, name, json };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var (secret, error) = await scope.Services.GetRequiredService<IAgencyClients>()
                .AddAsync(result.GetValue(subsystem)!, result.GetValue(name)!, ct);
            if (secret is null)
            {
                await Console.Error.WriteLineAsync(error);
                return 1;
            }
            await scope.AuditAsync("identity.client.created", AuditOutcome.Success, secret.ClientId, null, ct);
            Print(secret, result.GetValue(json));
            return 0;
        });
        return command;
    }

    private static Command CreateRotate()
    {
        var clientId = new Argument<string>("CLIENT_ID") { Description = "Mã client (mã hệ thống)" };
        var json = JsonOption();
        var command = new Command("rotate", "Cấp khoá bí mật mới; khoá cũ còn dùng được trong thời gian chuyển tiếp") { clientId, json };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var secret = await scope.Services.GetRequiredService<IAgencyClients>().RotateAsync(result.GetValue(clientId)!, ct);
            if (secret is null)
            {
                await Console.Error.WriteLineAsync($"Không có client {result.GetValue(clientId)}.");
                return 1;
            }
            await scope.AuditAsync("identity.client.rotated", AuditOutcome.Success, secret.ClientId, null, ct);
            Print(secret, result.GetValue(json));
            return 0;
        });
        return command;
    }

    private static Command CreateList()
    {
        var json = JsonOption();
        var command = new Command("list", "Liệt kê client của các hệ thống") { json };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var list = await scope.Services.GetRequiredService<IAgencyClients>().ListAsync(ct);
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(list, CliJson.Options));
                return 0;
            }
            foreach (var client in list)
            {
                Console.WriteLine($"{client.ClientId,-45} {(client.Disabled ? "vô hiệu hoá" : "hoạt động"),-12} {client.Name}");
            }
            return 0;
        });
        return command;
    }

    private static Command CreateDisable()
    {
        var clientId = new Argument<string>("CLIENT_ID") { Description = "Mã client (mã hệ thống)" };
        var enable = new Option<bool>("--enable") { Description = "Cho phép hoạt động trở lại" };
        var command = new Command("disable", "Vô hiệu hoá client: không cấp mã truy cập mới") { clientId, enable };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = await CommandScope.OpenAsync(result, ct);
            var id = result.GetValue(clientId)!;
            var disabled = !result.GetValue(enable);
            if (!await scope.Services.GetRequiredService<IAgencyClients>().SetDisabledAsync(id, disabled, ct))
            {
                await Console.Error.WriteLineAsync($"Không có client {id}.");
                return 1;
            }
            await scope.AuditAsync(disabled ? "identity.client.disabled" : "identity.client.enabled", AuditOutcome.Success, id, null, ct);
            Console.WriteLine(disabled ? $"Đã vô hiệu hoá {id}." : $"Đã cho phép {id} hoạt động trở lại.");
            return 0;
        });
        return command;
    }

    private static void Print(IssuedSecret secret, bool json) => Console.WriteLine(json
        ? JsonSerializer.Serialize(new { clientId = secret.ClientId, clientSecret = secret.ClientSecret }, CliJson.Options)
        : $"Client: {secret.ClientId}\nKhoá bí mật (chỉ hiện một lần, hãy lưu lại): {secret.ClientSecret}");
}
