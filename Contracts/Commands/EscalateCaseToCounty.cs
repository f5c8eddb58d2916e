namespace CaseFlow.Contracts.Commands;

/// <summary>The command room escalates a case to the county 12345 system.</summary>
public sealed record EscalateCaseToCounty
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>Why the township cannot handle it.</summary>
    public string Reason { get; init; } = "";
}
