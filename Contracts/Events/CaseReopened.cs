namespace CaseFlow.Contracts.Events;

/// <summary>The reporter disputed the result; the case goes back to dispatch.</summary>
public sealed record CaseReopened
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>The new handling round (1 is the first).</summary>
    public int Round { get; init; }

    /// <summary>The reporter's words.</summary>
    public string? Comment { get; init; }
}
