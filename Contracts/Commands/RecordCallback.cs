namespace CaseFlow.Contracts.Commands;

/// <summary>Records the callback survey (回访) of a closed case: who called the reporter, when, whether they were reached and how satisfied they are.</summary>
public sealed record RecordCallback
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who called: the command room, an office or a leader.</summary>
    public string Actor { get; init; } = "";

    /// <summary>When the call was made (not before the case closed, not in the future).</summary>
    public DateTimeOffset CalledAt { get; init; }

    /// <summary>Whether the call reached the reporter.</summary>
    public bool Reached { get; init; }

    /// <summary>The reporter's satisfaction rating as told on the call, when reached and asked.</summary>
    public string? Rating { get; init; }

    /// <summary>What was said.</summary>
    public string? Note { get; init; }
}
