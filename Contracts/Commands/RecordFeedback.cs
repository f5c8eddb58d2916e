namespace CaseFlow.Contracts.Commands;

/// <summary>Records the reporter's reply: confirmed, or disputed (the case reopens).</summary>
public sealed record RecordFeedback
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>The reporter's reply to the result: they confirm it, or dispute it and the case reopens.</summary>
    public string Outcome { get; init; } = "";

    /// <summary>The reporter's words.</summary>
    public string? Comment { get; init; }
}
