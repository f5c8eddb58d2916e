namespace CaseFlow.Contracts.Events;

/// <summary>The case closed with its rating.</summary>
public sealed record CaseClosed
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>satisfied, basicallySatisfied or dissatisfied.</summary>
    public string Rating { get; init; } = "";

    /// <summary>When.</summary>
    public DateTimeOffset ClosedAt { get; init; }
}
