namespace CaseFlow.Contracts.Commands;

/// <summary>A co-handling office reports its part done.</summary>
public sealed record ReportCoHandling
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>The co-handling office reporting.</summary>
    public string Office { get; init; } = "";

    /// <summary>What it did.</summary>
    public string Note { get; init; } = "";
}
