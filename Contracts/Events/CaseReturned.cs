namespace CaseFlow.Contracts.Events;

/// <summary>A case was returned (退单) to the command room.</summary>
public sealed record CaseReturned
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who returned it.</summary>
    public string ReturnedBy { get; init; } = "";

    /// <summary>Why it was returned.</summary>
    public string Reason { get; init; } = "";

    /// <summary>How many returns so far.</summary>
    public int Returns { get; init; }
}
