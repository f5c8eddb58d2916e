namespace CaseFlow.Contracts.Commands;

/// <summary>Records the callback survey (回访) of a closed case: who called the reporter, when, whether they were reached and how satisfied they are.</summary>
public sealed record RecordCallback
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who called: the command room, an office or a leader.</summary>
    public string Actor { get; init; } = "";

    /// <summary>
    /// When the caller says the call was made; left at its default, none is stated. The service times the call when it records it and
    /// keeps this beside it: not in the future, not before the case closed, and at most the assessment policy's callbackStatedWithin
    /// earlier than the recording, or the command is refused.
    /// </summary>
    public DateTimeOffset CalledAt { get; init; }

    /// <summary>Whether the call reached the reporter.</summary>
    public bool Reached { get; init; }

    /// <summary>The reporter's satisfaction rating as told on the call, when reached and asked.</summary>
    public string? Rating { get; init; }

    /// <summary>What was said.</summary>
    public string? Note { get; init; }
}
