namespace CaseFlow.Contracts.Commands;

/// <summary>Marks a case a duplicate of another.</summary>
public sealed record MarkCaseDuplicate
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>The case it duplicates.</summary>
    public Guid DuplicateOf { get; init; }

    /// <summary>A note on why it is a duplicate.</summary>
    public string? Reason { get; init; }
}
