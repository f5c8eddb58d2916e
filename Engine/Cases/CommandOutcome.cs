using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Cases;

/// <summary>What became of a command.</summary>
public sealed record CommandOutcome
{
    /// <summary>How it ended.</summary>
    public required CommandStatus Status { get; init; }

    /// <summary>The case afterwards; null when rejected or not found.</summary>
    public CaseState? State { get; init; }

    /// <summary>Events recorded (empty when nothing changed).</summary>
    public IReadOnlyList<CaseEvent> Events { get; init; } = [];

    /// <summary>
    /// The timers the case waits on since the command was recorded, as its append stored them; null when the command recorded nothing
    /// (the store holds them).
    /// </summary>
    public IReadOnlyList<CaseTimer>? Timers { get; init; }

    /// <summary>The rejection, when rejected or not found.</summary>
    public Decision? Decision { get; init; }

    /// <summary>Accepted and recorded, with the timers the case waits on now.</summary>
    public static CommandOutcome Accepted(CaseState state, IReadOnlyList<CaseEvent> events, IReadOnlyList<CaseTimer> timers) =>
        new() { Status = CommandStatus.Accepted, State = state, Events = events, Timers = timers };

    /// <summary>A resent submission: the case its key already created.</summary>
    public static CommandOutcome AlreadySubmitted(CaseState state) => new() { Status = CommandStatus.AlreadySubmitted, State = state };

    /// <summary>A redelivered message whose command was already applied: nothing new recorded.</summary>
    public static CommandOutcome AlreadyApplied(CaseState state) => new() { Status = CommandStatus.AlreadyApplied, State = state };

    /// <summary>Refused; nothing changed.</summary>
    public static CommandOutcome Rejected(Decision decision) =>
        new() { Status = decision.IsForbidden ? CommandStatus.Forbidden : CommandStatus.Rejected, Decision = decision };

    /// <summary>No such case.</summary>
    public static CommandOutcome NotFound(Decision decision) => new() { Status = CommandStatus.NotFound, Decision = decision };
}

/// <summary>How a command ended.</summary>
public enum CommandStatus
{
    /// <summary>Applied and recorded.</summary>
    Accepted,

    /// <summary>A submission already made with the same client key; nothing new recorded.</summary>
    AlreadySubmitted,

    /// <summary>The same message was delivered again; its command had already been applied, so nothing new recorded.</summary>
    AlreadyApplied,

    /// <summary>Refused with a reason; nothing changed.</summary>
    Rejected,

    /// <summary>The case does not exist.</summary>
    NotFound,

    /// <summary>Refused because the actor may not send it (the definition's <c>by</c>); nothing changed.</summary>
    Forbidden,
}
