using System.Net.Http.Json;
using System.Text.Json;
using LienThong.BuildingBlocks.Identifiers;
using LienThong.BuildingBlocks.Time;
using LienThong.Exchange.Contracts;
using Microsoft.Extensions.Logging;

namespace LienThong.PublicServices.Catalogue;

/// <summary>What the portal fills in for the citizen, and, when the register could not be read, why (they type it instead).</summary>
/// <param name="MessageId">The exchange that read the register (it shows in the citizen's data tracker).</param>
public sealed record PrefillResult(IReadOnlyDictionary<string, string> Values, string? Problem, string? MessageId);

/// <summary>"Declare once": the application form's fields marked <c>population:*</c>, read from the population register.</summary>
public interface IProcedurePrefill
{
    Task<PrefillResult> PrefillAsync(string procedureCode, string personalId, CancellationToken cancellationToken = default);
}

/// <summary>
/// Reads the citizen's record from the population register through the gateway, as the provincial portal (its own
/// subsystem), with the procedure's code as the purpose and the citizen as the data subject — so the read is checked
/// against the portal's access rights, logged, and listed in the citizen's data tracker.
/// </summary>
internal sealed class ProcedurePrefill(ProcedureCatalogue catalogue, IExchangeClient exchange, TimeProvider time, ILogger<ProcedurePrefill> logger)
    : IProcedurePrefill
{
    public const string Portal = "VN-QNA/GOV/000.00.00.H47/DVCTINH";
    public const string PopulationService = "VN-QNA/GOV/000.00.00.G01/CSDLQGDC/cong-dan";
    private const string Prefix = "population:";

    private sealed record Resident(string PersonalIdNumber, string FullName, DateOnly BirthDate, string Sex, ResidentAddress PermanentAddress);

    private sealed record ResidentAddress(string UnitCode, string? UnitName, string Detail);

    public async Task<PrefillResult> PrefillAsync(string procedureCode, string personalId, CancellationToken cancellationToken = default)
    {
        if (!PersonalIdNumber.IsValid(personalId))
        {
            return new PrefillResult(new Dictionary<string, string>(), "Số định danh cá nhân không hợp lệ.", null);
        }
        var procedure = await catalogue.FindAsync(procedureCode, VietnamTime.Today(time), cancellationToken);
        var fields = procedure?.Read().Form.Where(f => f.Prefill?.StartsWith(Prefix, StringComparison.Ordinal) == true).ToList() ?? [];
        if (procedure is null || fields.Count == 0)
        {
            return new PrefillResult(new Dictionary<string, string>(), procedure is null ? $"Không có thủ tục {procedureCode}." : null, null);
        }
        using var response = await exchange.SendAsync(new ExchangeCall(Portal, PopulationService, HttpMethod.Get, $"/cong-dan/{personalId}", procedure.Code,
            User: "cong-dan:" + PersonalIdNumber.Mask(personalId), Subject: personalId), cancellationToken);
        var messageId = response.Headers.TryGetValues(ExchangeHeaders.MessageId, out var ids) ? ids.FirstOrDefault() : null;
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Prefill for {Procedure} not read: HTTP {Status} (message {MessageId}).", procedure.Code, (int)response.StatusCode, messageId);
            return new PrefillResult(new Dictionary<string, string>(), (int)response.StatusCode == 404
                ? "Cơ sở dữ liệu quốc gia về dân cư chưa có thông tin của bạn; vui lòng tự khai."
                : $"Chưa lấy được thông tin từ Cơ sở dữ liệu quốc gia về dân cư (mã {(int)response.StatusCode}); vui lòng tự khai hoặc thử lại sau.", messageId);
        }
        var resident = (await response.Content.ReadFromJsonAsync<Resident>(JsonSerializerOptions.Web, cancellationToken))!;
        var values = new Dictionary<string, string>();
        foreach (var field in fields)
        {
            var value = field.Prefill![Prefix.Length..] switch
            {
                "fullName" => resident.FullName,
                "personalId" => resident.PersonalIdNumber,
                "birthDate" => resident.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                "sex" => resident.Sex,
                "address" => string.Join(", ", new[] { resident.PermanentAddress.Detail, resident.PermanentAddress.UnitName }.Where(p => !string.IsNullOrWhiteSpace(p))),
                _ => null,
            };
            if (value is not null)
            {
                values[field.Name] = value;
            }
        }
        return new PrefillResult(values, null, messageId);
    }
}
