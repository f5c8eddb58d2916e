namespace CaseFlow.Contracts.Commands;

/// <summary>The office reports handling progress.</summary>
public sealed record ReportProgress
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>What was done.</summary>
    public string Note { get; init; } = "";
}
