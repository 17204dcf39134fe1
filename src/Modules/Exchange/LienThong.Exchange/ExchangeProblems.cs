using LienThong.BuildingBlocks.Problems;

namespace LienThong.Exchange;

/// <summary>The gateway's stable problem types (RFC 9457); integrators switch on the type URI.</summary>
internal static class ExchangeProblems
{
    public static readonly ProblemType UnknownService = new("exchange/unknown-service", 404,
        "Không có dịch vụ này trên nền tảng", "No service with this identifier is registered; `/x/listClients` lists the subsystems.");

    public static readonly ProblemType AccessDenied = new("exchange/access-denied", 403,
        "Hệ thống của bạn chưa được cấp quyền dùng dịch vụ này", "The consumer subsystem has no access right in force for this service and endpoint.");

    public static readonly ProblemType PurposeNotAllowed = new("exchange/purpose-not-allowed", 403,
        "Mục đích sử dụng dữ liệu không được phép", "The LienThong-Purpose header is missing, or the access right does not cover that procedure.");

    public static readonly ProblemType InvalidRequest = new("exchange/invalid-request", 400,
        "Yêu cầu trao đổi không hợp lệ", "A LienThong-* header or the path is malformed; `detail` names it.");

    public static readonly ProblemType PayloadTooLarge = new("exchange/payload-too-large", 413,
        "Dữ liệu gửi quá lớn", "The request body exceeds Exchange:MaxRequestBytes; it was refused before being read whole.");

    public static readonly ProblemType ProviderUnavailable = new("exchange/provider-unavailable", 502,
        "Hệ thống cung cấp dữ liệu không phản hồi", "The provider could not be reached or broke the connection.");

    public static readonly ProblemType ProviderTimeout = new("exchange/provider-timeout", 504,
        "Hệ thống cung cấp dữ liệu phản hồi quá chậm", "The provider did not answer within Exchange:ProviderTimeout.");

    public static readonly ProblemType LogUnavailable = new("exchange/log-unavailable", 503,
        "Chưa ghi được nhật ký trao đổi", "The exchange could not be recorded in the message log, so it was not carried out; try again.");

    public static readonly ProblemType NotASubsystem = new("exchange/not-a-subsystem", 403,
        "Access token không thuộc một hệ thống thông tin", "Only client-credentials tokens of a registered subsystem with the lgsp scope may call the gateway.");

    public static IEnumerable<ProblemType> All =>
        [UnknownService, AccessDenied, PurposeNotAllowed, InvalidRequest, PayloadTooLarge, ProviderUnavailable, ProviderTimeout, LogUnavailable, NotASubsystem];
}
