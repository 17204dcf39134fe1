using LienThong.BuildingBlocks.Hosting;
using LienThong.BuildingBlocks.Problems;
using Microsoft.AspNetCore.Http;

namespace LienThong.Exchange.Contracts;

/// <summary>
/// For a provider's endpoints behind the gateway: refuses every request the gateway did not sign (401), so the service is
/// reachable only through the exchange (its access rights, purpose checks and log). Add with <c>AddEndpointFilter&lt;GatewayOnly&gt;()</c>.
/// </summary>
public sealed class GatewayOnly(DataDirectory data) : IEndpointFilter
{
    public static readonly ProblemType Refused = new("exchange/not-through-gateway", 401,
        "Chỉ nhận yêu cầu qua nền tảng tích hợp (LGSP)", "The request does not carry a valid signature of the LienThong gateway.");

    private readonly byte[] key = ProviderAuthentication.LoadKey(data);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        return ProviderAuthentication.Verify(key, request.Headers[ExchangeHeaders.GatewaySignature], request.Headers[ExchangeHeaders.MessageId],
            request.Headers[ExchangeHeaders.Consumer], request.Method, request.Path.ToUriComponent() + request.QueryString)
            ? await next(context)
            : Problems.Of(Refused, "Gọi dịch vụ qua cổng /x/… của nền tảng, với access token của hệ thống.");
    }
}
