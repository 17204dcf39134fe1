using ScottPlot;

namespace LienThong.Indicators.Dashboards;

/// <summary>The dashboards' charts, drawn on the server as SVG with ScottPlot (no script on the page, light on a cheap phone).</summary>
internal static class Charts
{
    private const int Width = 640;
    private const int Height = 320;

    /// <summary>Bars of points reached against the maximum, one pair per labelled item; items without data show no bar.</summary>
    public static string Bars(IReadOnlyList<(string Label, decimal Max, decimal? Score)> items, string title)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < items.Count; i++)
        {
            bars.Add(new Bar { Position = i, Value = (double)items[i].Max, FillColor = Colors.LightGray, LineWidth = 0, Size = 0.7 });
            if (items[i].Score is { } score)
            {
                bars.Add(new Bar { Position = i, Value = (double)score, FillColor = Color.FromHex("#1d6b3a"), LineWidth = 0, Size = 0.5,
                    Label = score.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) });
            }
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, items.Count).Select(i => (double)i)], [.. items.Select(i => i.Label)]);
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.YLabel("Điểm");
        return Scalable(plot.GetSvgXml(Width, Height));
    }

    /// <summary>A line of totals over consecutive periods; a period without data breaks the line.</summary>
    public static string Trend(IReadOnlyList<(string Label, decimal? Total)> points, string title, double max)
    {
        var plot = new Plot();
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Total is { } total)
            {
                xs.Add(i);
                ys.Add((double)total);
            }
        }
        if (xs.Count > 0)
        {
            var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray());
            line.Color = Color.FromHex("#1d6b3a");
            line.LineWidth = 2;
            line.MarkerSize = 6;
        }
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, points.Count).Select(i => (double)i)], [.. points.Select(p => p.Label)]);
        plot.Axes.SetLimits(-0.5, points.Count - 0.5, 0, max);
        plot.Title(title);
        plot.YLabel("Điểm");
        return Scalable(plot.GetSvgXml(Width, Height));
    }

    /// <summary>With a view box the drawing scales to the width of a phone instead of being cut.</summary>
    private static string Scalable(string svg) => svg.Contains("viewBox", StringComparison.Ordinal)
        ? svg
        : svg.Replace("<svg ", $"<svg viewBox=\"0 0 {Width} {Height}\" role=\"img\" ", StringComparison.Ordinal);
}
