namespace LienThong.BuildingBlocks.Problems;

/// <summary>
/// A stable RFC 9457 problem type: the <c>type</c> URI never changes once published, the title is
/// Vietnamese for the people who read it. Integrators switch on <see cref="Uri"/>, never on the title.
/// </summary>
public sealed record ProblemType(string Slug, int Status, string Title, string Description)
{
    /// <summary>RFC 9457 §3.1.1: a URI reference; ours resolve to a page served by the host.</summary>
    public string Uri => "/problems/" + Slug;
}
