namespace CaseFlow.Contracts.Commands;

/// <summary>The platform leader approves or refuses an extension.</summary>
public sealed record DecideExtension
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>True to approve.</summary>
    public bool Approved { get; init; }

    /// <summary>Why the leader decided so.</summary>
    public string? Reason { get; init; }
}
