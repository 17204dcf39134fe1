using System.Text.Json;
using System.Text.Json.Serialization;

namespace LienThong.Indicators.Frameworks;

/// <summary>
/// A versioned indicator framework (Decision 766 index, the DTI tree): a tree of groups and indicators with maximum points.
/// Definitions are data (<c>Data/frameworks/*.json</c>), never code: a newer decision is loaded as a new version.
/// </summary>
public sealed record Framework(string Code, string Version, string Name, string Basis, DateOnly ValidFrom, string? Note,
    IReadOnlyList<RatingBand> Bands, IReadOnlyList<IndicatorNode> Nodes)
{
    /// <summary>Every leaf (the indicators that carry a value), in tree order.</summary>
    [JsonIgnore]
    public IEnumerable<IndicatorNode> Leaves => Nodes.SelectMany(n => n.Leaves);

    public IndicatorNode? Find(string code) => Nodes.Select(n => n.Find(code)).FirstOrDefault(n => n is not null);

    public string? BandOf(decimal total) => Bands.OrderByDescending(b => b.From).FirstOrDefault(b => total >= b.From)?.Name;
}

public sealed record RatingBand(decimal From, string Name);

/// <param name="Source"><c>computed</c> from platform events (<see cref="Metric"/>), or <c>entered</c> by <see cref="Responsible"/> with evidence.</param>
/// <param name="Scoring"><c>rate</c> (points = max × percent / 100, the default), <c>at-most</c> (full points up to <see cref="Target"/>,
/// then max × target / value) or <c>at-least</c> (max × value / target, full points from the target on).</param>
/// <param name="Responsible">The agency (e-ID) that enters the value; its successors after a reorganisation.</param>
public sealed record IndicatorNode(string Code, string Name, decimal Max, IReadOnlyList<IndicatorNode>? Children = null, string? Source = null,
    string? Metric = null, string? Unit = null, string? Scoring = null, decimal? Target = null, decimal? MinValue = null, decimal? MaxValue = null,
    string? Responsible = null)
{
    [JsonIgnore]
    public bool IsLeaf => Children is not { Count: > 0 };

    [JsonIgnore]
    public IEnumerable<IndicatorNode> Leaves => IsLeaf ? [this] : Children!.SelectMany(c => c.Leaves);

    public IndicatorNode? Find(string code) =>
        Code == code ? this : Children?.Select(c => c.Find(code)).FirstOrDefault(n => n is not null);

    /// <summary>Points for a value: null when there is no value.</summary>
    public decimal? Points(decimal? value) => value switch
    {
        null => null,
        { } v when Scoring == "at-most" => v <= (Target ?? 0) ? Max : v <= 0 ? Max : Math.Round(Max * (Target ?? 0) / v, 2),
        { } v when Scoring == "at-least" => Target is > 0 ? Math.Round(Max * Math.Min(1, Math.Max(0, v) / Target.Value), 2) : Max,
        { } v => Math.Round(Max * Math.Clamp(v, 0, 100) / 100, 2),
    };
}

/// <summary>The frameworks shipped with the platform (embedded JSON), by code and version.</summary>
public sealed class FrameworkCatalogue
{
    public const string ServiceQuality = "766";
    public const string Dti = "dti";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public FrameworkCatalogue() : this(typeof(FrameworkCatalogue).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("LienThong.Indicators.frameworks.", StringComparison.Ordinal))
        .Select(n =>
        {
            using var stream = typeof(FrameworkCatalogue).Assembly.GetManifestResourceStream(n)!;
            return JsonSerializer.Deserialize<Framework>(stream, Json) ?? throw new InvalidDataException(n);
        }))
    {
    }

    public FrameworkCatalogue(IEnumerable<Framework> frameworks)
    {
        All = [.. frameworks.OrderBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.ValidFrom)];
        foreach (var framework in All)
        {
            Validate(framework);
        }
    }

    public IReadOnlyList<Framework> All { get; }

    /// <summary>The version in force on a date (the latest that started on or before it), or the named version.</summary>
    public Framework? Find(string code, DateOnly at, string? version = null) => version is not null
        ? All.FirstOrDefault(f => f.Code == code && f.Version == version)
        : All.Where(f => f.Code == code && f.ValidFrom <= at).MaxBy(f => f.ValidFrom) ?? All.Where(f => f.Code == code).MinBy(f => f.ValidFrom);

    /// <summary>A framework's points must add up: each node's maximum is the sum of its children's; codes are unique.</summary>
    private static void Validate(Framework framework)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        void Check(IndicatorNode node)
        {
            if (!codes.Add(node.Code))
            {
                throw new InvalidDataException($"Framework {framework.Code}/{framework.Version}: code {node.Code} appears twice.");
            }
            if (node.IsLeaf)
            {
                if (node.Source is not ("computed" or "entered") || (node.Source == "computed") != (node.Metric is not null))
                {
                    throw new InvalidDataException($"Framework {framework.Code}/{framework.Version}: leaf {node.Code} needs a source and, when computed, a metric.");
                }
                return;
            }
            foreach (var child in node.Children!)
            {
                Check(child);
            }
            if (node.Children!.Sum(c => c.Max) != node.Max)
            {
                throw new InvalidDataException($"Framework {framework.Code}/{framework.Version}: the children of {node.Code} add up to {node.Children!.Sum(c => c.Max)}, not {node.Max}.");
            }
        }
        foreach (var node in framework.Nodes)
        {
            Check(node);
        }
    }
}
