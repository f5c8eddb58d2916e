namespace CaseFlow.Bench.Goals;

/// <summary>How a goal stands after one run of the suite.</summary>
internal enum GoalStatus
{
    /// <summary>Measured, and on the right side of its target (the target itself included).</summary>
    Pass,

    /// <summary>Measured, and on the wrong side of its target.</summary>
    Fail,

    /// <summary>The scenario that measures it is not among the parts this run was asked for.</summary>
    NotRun,

    /// <summary>The scenario ran but produced no number for it (or the suite has no scenario for it yet).</summary>
    NotMeasured,

    /// <summary>Measured, with no target to meet.</summary>
    Reported,
}
