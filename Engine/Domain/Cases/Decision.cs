namespace CaseFlow.Engine.Cases;

/// <summary>What <see cref="CaseDecider.Decide"/> concluded: the events to record, or a rejection with its reason.</summary>
public sealed record Decision
{
    /// <summary>Events to append; empty when rejected.</summary>
    public IReadOnlyList<CaseEvent> Events { get; init; } = [];

    /// <summary>Why the command was refused; null when accepted.</summary>
    public string? Rejection { get; init; }

    /// <summary>Field-level problems, for commands whose data was missing or wrong.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; init; } = [];

    /// <summary>True when the refusal is about who sent the command: the definition does not let that actor send it (whatever the case's state).</summary>
    public bool IsForbidden { get; init; }

    /// <summary>True when the command was accepted.</summary>
    public bool IsAccepted => Rejection is null;

    /// <summary>An accepted decision.</summary>
    public static Decision Accept(CaseEvent e) => new() { Events = [e] };

    /// <summary>A refusal.</summary>
    public static Decision Reject(string reason, IReadOnlyList<FieldProblem>? problems = null) =>
        new() { Rejection = reason, Problems = problems ?? [] };

    /// <summary>A refusal because the actor may not send the command.</summary>
    public static Decision Forbid(string reason) => new() { Rejection = reason, IsForbidden = true };
}

/// <summary>One field of a command that was missing or wrong, and what would be right.</summary>
/// <param name="Field">The field name as the caller sent it.</param>
/// <param name="Message">What was wrong and what would be right.</param>
public sealed record FieldProblem(string Field, string Message);
