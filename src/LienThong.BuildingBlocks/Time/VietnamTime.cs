namespace LienThong.BuildingBlocks.Time;

/// <summary>
/// Vietnam time (UTC+7, no daylight saving). Instants are stored in UTC; dates that the law speaks
/// of (validity of units, receipt dates, deadlines) are calendar dates in this zone.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToVietnam(time.GetUtcNow()).DateTime);

    /// <summary>The instant a Vietnamese calendar day begins (00:00 in Vietnam), in UTC (as PostgreSQL parameters must be).</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();
}
