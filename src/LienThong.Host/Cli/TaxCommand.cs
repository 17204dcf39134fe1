using System.CommandLine;
using LienThong.AgencySystems;

namespace LienThong.Host.Cli;

/// <summary>
/// <c>lienthong tax review NUMBER --accept|--refuse --officer NAME</c>: the reference tax system's officer decides on a
/// land-transfer notice held for review (an exemption between relatives claimed); the land office's follow-up then moves
/// the dossier on.
/// </summary>
internal static class TaxCommand
{
    public static Command Create()
    {
        var tax = new Command("tax", "Hệ thống quản lý thuế mẫu / the reference tax system");
        var number = new Argument<string>("NUMBER") { Description = "Số thông báo đang chờ xét duyệt" };
        var accept = new Option<bool>("--accept") { Description = "Chấp nhận miễn thuế thu nhập cá nhân" };
        var refuse = new Option<bool>("--refuse") { Description = "Không chấp nhận miễn thuế" };
        var officer = new Option<string>("--officer") { Description = "Cán bộ thuế xét duyệt", Required = true };
        var note = new Option<string?>("--note") { Description = "Ghi chú" };
        var review = new Command("review", "Xét đề nghị miễn thuế của thông báo đang chờ; thông báo được ban hành") { number, accept, refuse, officer, note };
        review.SetAction(async (result, ct) =>
        {
            if (result.GetValue(accept) == result.GetValue(refuse))
            {
                Console.Error.WriteLine("Chọn đúng một trong --accept hoặc --refuse.");
                return 2;
            }
            await using var scope = await CommandScope.OpenAsync(result, ct, prepare: false);
            var error = await AgencySystemsModule.ReviewTaxNoticeAsync(scope.Services, result.GetValue(number)!, result.GetValue(accept),
                result.GetValue(officer)!, result.GetValue(note), ct);
            if (error is not null)
            {
                Console.Error.WriteLine(error);
                return 1;
            }
            Console.WriteLine($"Đã xét duyệt thông báo {result.GetValue(number)}.");
            return 0;
        });
        tax.Subcommands.Add(review);
        return tax;
    }
}
