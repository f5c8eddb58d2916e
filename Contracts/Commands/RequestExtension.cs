namespace CaseFlow.Contracts.Commands;

/// <summary>The office asks for more time (延期).</summary>
public sealed record RequestExtension
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>Extra working days asked for.</summary>
    public int WorkingDays { get; init; }

    /// <summary>Why more time is needed.</summary>
    public string Reason { get; init; } = "";
}
