namespace CaseFlow.Contracts.Commands;

/// <summary>The lead office signs for the case (签收); the handling clock starts.</summary>
public sealed record SignForCase
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";
}
