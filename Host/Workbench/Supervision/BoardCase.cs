using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Workbench.Supervision;

/// <summary>One case on the 督办 board: the case as the assessment reads it now, and where it stands against its deadline.</summary>
/// <param name="Assessed">The case assessed at the board's instant (overdue now, leaders an escalation reached …).</param>
/// <param name="SupervisionWorkflow">The workflow its supervision state belongs to (the one running beside its workflow), or null.</param>
/// <param name="Deadline">The deadline it is held to now: sign-for while awaiting it, else handling while supervised; null when none.</param>
/// <param name="DeadlineIsSignFor">True when <paramref name="Deadline"/> is the sign-for (签收) deadline.</param>
/// <param name="Standing">Where it stands against that deadline.</param>
public sealed record BoardCase(AssessedCase Assessed, string? SupervisionWorkflow, DateTimeOffset? Deadline, bool DeadlineIsSignFor, DeadlineStanding Standing)
{
    /// <summary>The case as its history folds to now.</summary>
    public CaseState Case => Assessed.Case;
}
