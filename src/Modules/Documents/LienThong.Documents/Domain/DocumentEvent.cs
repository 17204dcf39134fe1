namespace LienThong.Documents.Domain;

/// <summary>A document event for the indicators (see LienThong.Documents.Contracts): saved with the change it describes.</summary>
internal sealed class DocumentEvent
{
    public long Id { get; set; }

    public string Kind { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string Agency { get; set; } = "";

    public string? Unit { get; set; }

    public string? DocumentId { get; set; }

    public string? Counterpart { get; set; }

    public string? Channel { get; set; }

    public bool? OnTime { get; set; }
}
