using LienThong.BuildingBlocks.Problems;

namespace LienThong.Registry;

internal static class RegistryProblems
{
    public static readonly ProblemType UnitNotFound = new("registry/unit-not-found", 404,
        "Không tìm thấy đơn vị hành chính",
        "No unit carries this code on the date asked. When the code was valid at other dates, `history` lists those versions and their successors.");

    public static readonly ProblemType AgencyNotFound = new("registry/agency-not-found", 404,
        "Không tìm thấy cơ quan",
        "No agency carries this electronic identifier on the date asked; `history` lists its other versions and successors.");

    public static readonly ProblemType InvalidElectronicId = new("registry/invalid-electronic-id", 400,
        "Mã định danh điện tử không đúng định dạng",
        "Agency electronic identifiers follow Decision 20/2020/QĐ-TTg: ddd.dd.dd.Xdd, e.g. 000.00.00.H47.");

    public static readonly IReadOnlyList<ProblemType> All = [UnitNotFound, AgencyNotFound, InvalidElectronicId];
}
