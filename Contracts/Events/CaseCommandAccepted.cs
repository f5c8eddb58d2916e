namespace CaseFlow.Contracts.Events;

/// <summary>A command was applied; the reply to a request.</summary>
public sealed record CaseCommandAccepted
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>The command applied.</summary>
    public string Command { get; init; } = "";

    /// <summary>The case version after it.</summary>
    public long Version { get; init; }

    /// <summary>workflow.state after it.</summary>
    public string State { get; init; } = "";
}
