namespace CaseFlow.Contracts.Commands;

/// <summary>Marks a case invalid (not a matter for government), with a reason.</summary>
public sealed record MarkCaseInvalid
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>Why it is invalid.</summary>
    public string Reason { get; init; } = "";
}
