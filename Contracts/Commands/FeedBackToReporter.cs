namespace CaseFlow.Contracts.Commands;

/// <summary>The command room tells the reporter the result (信息反馈).</summary>
public sealed record FeedBackToReporter
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>What the reporter is told.</summary>
    public string Message { get; init; } = "";
}
