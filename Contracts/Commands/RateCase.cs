namespace CaseFlow.Contracts.Commands;

/// <summary>Records the reporter's satisfaction rating; closes the case (督查考核).</summary>
public sealed record RateCase
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>satisfied, basicallySatisfied or dissatisfied.</summary>
    public string Rating { get; init; } = "";

    /// <summary>Comment.</summary>
    public string? Comment { get; init; }
}
