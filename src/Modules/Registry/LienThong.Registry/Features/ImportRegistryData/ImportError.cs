namespace LienThong.Registry.Features.ImportRegistryData;

/// <summary>A refused row: its line in the file (the header is line 1) and why, in Vietnamese.</summary>
public sealed record ImportError(int Line, string Message)
{
    public override string ToString() => $"dòng {Line}: {Message}";
}
