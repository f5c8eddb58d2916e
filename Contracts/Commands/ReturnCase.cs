namespace CaseFlow.Contracts.Commands;

/// <summary>The platform or office returns the case (退单) to the command room for re-dispatch.</summary>
public sealed record ReturnCase
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>Why it is not theirs.</summary>
    public string Reason { get; init; } = "";
}
