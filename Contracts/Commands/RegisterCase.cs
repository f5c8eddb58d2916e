namespace CaseFlow.Contracts.Commands;

/// <summary>Registers a submitted case in the command room.</summary>
public sealed record RegisterCase
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>Registration note.</summary>
    public string? Note { get; init; }
}
