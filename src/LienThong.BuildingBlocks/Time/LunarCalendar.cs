namespace LienThong.BuildingBlocks.Time;

/// <summary>A date of the Vietnamese lunisolar calendar (âm lịch); <see cref="Leap"/> marks a leap month (tháng nhuận).</summary>
public readonly record struct LunarDate(int Day, int Month, int Year, bool Leap)
{
    public override string ToString() => $"{Day:00}/{Month:00}{(Leap ? " nhuận" : "")}/{Year}";
}

/// <summary>
/// The Vietnamese lunisolar calendar, computed for Vietnam's meridian (UTC+7). New moons and the sun's longitude follow
/// the astronomical formulas of Jean Meeus, "Astronomical Algorithms" (1998), as arranged by Hồ Ngọc Đức for the
/// Vietnamese calendar: a month starts on the day (in UTC+7) of the new moon; month 11 holds the winter solstice; in a
/// year of 13 months the first month without a major solar term is the leap month. .NET's
/// <c>ChineseLunisolarCalendar</c> computes for China's UTC+8 and gives another Tết in some years (2007: 17 February
/// in Vietnam, 18 February in China; 1985: 21 January and 20 February). Valid for 1800–2199.
/// </summary>
public static class LunarCalendar
{
    private const double TimeZone = 7.0;
    private const double SynodicMonth = 29.530588853;
    private const double Epoch = 2415021.076998695; // the new moon of 1 January 1900, Julian day

    public static readonly DateOnly MinDate = new(1800, 2, 1);
    public static readonly DateOnly MaxDate = new(2199, 12, 31);

    /// <summary>The lunar date of a solar (Gregorian) date.</summary>
    public static LunarDate ToLunar(DateOnly date)
    {
        if (date < MinDate || date > MaxDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), $"Chỉ tính được âm lịch từ {MinDate:dd/MM/yyyy} đến {MaxDate:dd/MM/yyyy}.");
        }
        var dayNumber = JulianDay(date);
        var k = (int)Math.Floor((dayNumber - Epoch) / SynodicMonth);
        // The month that holds the day starts at the last new moon on or before it (the estimate k can be one month late).
        var month0 = k + 1;
        var monthStart = NewMoonDay(month0);
        while (monthStart > dayNumber)
        {
            monthStart = NewMoonDay(--month0);
        }
        var a11 = Month11(date.Year);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = Month11(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = Month11(date.Year + 1);
        }
        var day = dayNumber - monthStart + 1;
        var diff = (monthStart - a11) / 29;
        var leap = false;
        var month = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapMonthDiff = LeapMonthOffset(a11);
            if (diff >= leapMonthDiff)
            {
                month = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (month > 12)
        {
            month -= 12;
        }
        if (month >= 11 && diff < 4)
        {
            lunarYear--;
        }
        return new LunarDate(day, month, lunarYear, leap);
    }

    /// <summary>The solar date of a lunar date; null when it does not exist (day 30 of a short month, a month that is not leap that year).</summary>
    public static DateOnly? ToSolar(LunarDate lunar)
    {
        if (lunar.Month is < 1 or > 12 || lunar.Day is < 1 or > 30 || lunar.Year <= MinDate.Year || lunar.Year >= MaxDate.Year)
        {
            return null;
        }
        int a11, b11;
        if (lunar.Month < 11)
        {
            a11 = Month11(lunar.Year - 1);
            b11 = Month11(lunar.Year);
        }
        else
        {
            a11 = Month11(lunar.Year);
            b11 = Month11(lunar.Year + 1);
        }
        var k = (int)Math.Floor(0.5 + (a11 - Epoch) / SynodicMonth);
        var offset = lunar.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }
            if (lunar.Leap && lunar.Month != leapMonth)
            {
                return null;
            }
            if (lunar.Leap || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (lunar.Leap)
        {
            return null;
        }
        var monthStart = NewMoonDay(k + offset);
        var nextMonthStart = NewMoonDay(k + offset + 1);
        var dayNumber = monthStart + lunar.Day - 1;
        return dayNumber >= nextMonthStart ? null : FromJulianDay(dayNumber);
    }

    /// <summary>Tết Nguyên Đán (1/1 of the lunar year that starts in <paramref name="year"/>).</summary>
    public static DateOnly NewYear(int year) => ToSolar(new LunarDate(1, 1, year, false))!.Value;

    private static int JulianDay(DateOnly date) => date.DayNumber + 1721426;

    private static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - 1721426);

    /// <summary>The Julian day (UT, with fraction) of the k-th new moon after 1 January 1900 (Meeus, ch. 49, abridged).</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = Math.PI / 180;
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        var m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
        var mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
        var f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
        var c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.Sin(mpr * dr) + 0.0161 * Math.Sin(dr * 2 * mpr);
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.Sin(dr * 2 * f) - 0.0051 * Math.Sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.Sin(dr * (m - mpr)) + 0.0004 * Math.Sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.Sin(dr * (2 * f - m)) - 0.0006 * Math.Sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.Sin(dr * (2 * f - mpr)) + 0.0005 * Math.Sin(dr * (2 * mpr + m));
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's apparent longitude in radians, 0 to 2π, at a Julian day (Meeus, ch. 25, low accuracy).</summary>
    private static double SunLongitude(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525;
        var t2 = t * t;
        const double dr = Math.PI / 180;
        var m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        var l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
        var l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
    }

    /// <summary>The local (UTC+7) day number on which the k-th new moon falls.</summary>
    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + TimeZone / 24);

    /// <summary>Which of the 12 major solar terms (30° sectors) the sun is in at the start of a local day.</summary>
    private static int SolarSector(int dayNumber) => (int)Math.Floor(SunLongitude(dayNumber - 0.5 - TimeZone / 24) / Math.PI * 6);

    /// <summary>The day on which lunar month 11 (the month of the winter solstice) of a solar year begins.</summary>
    private static int Month11(int year)
    {
        var offset = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k);
        return SolarSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    /// <summary>Months after month 11 until the first month without a major solar term (the leap month), in a 13-month year.</summary>
    private static int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor((a11 - Epoch) / SynodicMonth + 0.5);
        int last;
        var i = 1;
        var arc = SolarSector(NewMoonDay(k + i));
        do
        {
            last = arc;
            i++;
            arc = SolarSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
