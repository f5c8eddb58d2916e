namespace CaseFlow.Bench.Goals;

/// <summary>Which side of its target a goal's measurement must fall on (the target itself passes).</summary>
internal enum GoalDirection
{
    AtLeast,
    AtMost,
}

/// <summary>What a goal's numbers are, for printing them.</summary>
internal enum GoalUnit
{
    /// <summary>Events appended (transitions) per second.</summary>
    TransitionsPerSecond,

    /// <summary>A multiple of another number measured in the same run (1.0 = as fast).</summary>
    Times,

    /// <summary>A share of another number measured in the same run (1.0 = 100 %).</summary>
    Share,

    /// <summary>Bytes, printed in KB.</summary>
    Bytes,

    /// <summary>Seconds.</summary>
    Seconds,

    /// <summary>Bytes, printed in MB.</summary>
    Megabytes,
}

/// <summary>
/// One goal of the issue: a measured number and the target it must reach (at least or at most), or a number only reported
/// (<see cref="Target"/> null). Evaluated by <see cref="GoalResult"/>.
/// </summary>
internal sealed record Goal(string Name, GoalUnit Unit, GoalDirection Direction, double? Target)
{
    /// <summary>The target as people read it: "≥ 2.00×", "≤ 4.0 KB", or "reported" when there is none.</summary>
    public string TargetText => Target is { } target ? $"{(Direction == GoalDirection.AtLeast ? "≥" : "≤")} {GoalFormat.Value(target, Unit)}" : "reported";
}
