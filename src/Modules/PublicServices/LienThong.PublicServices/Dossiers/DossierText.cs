using LienThong.PublicServices.Contracts;
using LienThong.PublicServices.Domain;

namespace LienThong.PublicServices.Dossiers;

/// <summary>How dossiers read in Vietnamese on the pages.</summary>
public static class DossierText
{
    public static string Status(DossierStatus status) => status switch
    {
        DossierStatus.Draft => "Đang khai (nháp)",
        DossierStatus.Processing => "Đang giải quyết",
        DossierStatus.AwaitingSupplement => "Chờ bổ sung",
        DossierStatus.AwaitingTax => "Chờ cơ quan thuế",
        DossierStatus.AwaitingPayment => "Chờ nộp tiền",
        DossierStatus.ResultReady => "Đã có kết quả, chờ trả",
        DossierStatus.Returned => "Đã trả kết quả",
        DossierStatus.Refused => "Từ chối giải quyết",
        _ => status.ToString(),
    };

    public static string Deadline(DeadlineStatus status) => status switch
    {
        DeadlineStatus.OnTime => "Trong hạn",
        DeadlineStatus.DueSoon => "Sắp đến hạn",
        DeadlineStatus.Overdue => "Quá hạn",
        DeadlineStatus.Paused => "Tạm dừng tính thời gian",
        _ => status.ToString(),
    };

    public static string Event(string kind) => kind switch
    {
        DossierEventKinds.Received => "Tiếp nhận trực tuyến",
        DossierEventKinds.Digitised => "Số hoá thành phần hồ sơ",
        DossierEventKinds.Prefilled => "Điền sẵn từ cơ sở dữ liệu",
        DossierEventKinds.Reused => "Dùng lại giấy tờ trong kho dữ liệu",
        DossierEventKinds.Fetched => "Lấy thông tin từ cơ sở dữ liệu",
        DossierEventKinds.Accepted => "Tiếp nhận hồ sơ hợp lệ",
        DossierEventKinds.HandedOver => "Chuyển bước xử lý",
        DossierEventKinds.SupplementRequested => "Yêu cầu bổ sung",
        DossierEventKinds.SupplementReceived => "Công dân đã bổ sung",
        DossierEventKinds.PaidOnline => "Thanh toán trực tuyến",
        DossierEventKinds.ResultIssued => "Ký số, phát hành kết quả điện tử",
        DossierEventKinds.Returned => "Trả kết quả",
        DossierEventKinds.Refused => "Từ chối",
        DossierEventKinds.Rated => "Đánh giá mức độ hài lòng",
        DossierEventKinds.Overdue => "Quá hạn",
        _ => kind,
    };

    public static string Source(string source) => source switch
    {
        "upload" => "tải lên",
        "reuse" => "dùng lại từ kho dữ liệu",
        "fetch" => "lấy từ cơ sở dữ liệu qua nền tảng tích hợp",
        "supplement" => "bổ sung",
        "result" => "kết quả",
        "form" => "tờ khai trực tuyến",
        _ => source,
    };

    public static string Duration(double? seconds) => seconds switch
    {
        null => "",
        < 60 => $"{seconds:0} giây",
        < 3600 => $"{seconds / 60:0} phút",
        < 86400 => $"{seconds / 3600:0.#} giờ",
        _ => $"{seconds / 86400:0.#} ngày",
    };
}
