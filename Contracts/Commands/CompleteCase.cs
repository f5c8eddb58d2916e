namespace CaseFlow.Contracts.Commands;

/// <summary>The lead office completes the case with its result.</summary>
public sealed record CompleteCase
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>The handling result.</summary>
    public string Result { get; init; } = "";
}
