namespace CaseFlow.Bench.Goals;

/// <summary>
/// A goal as one run found it: the measured value (none when not run or not measured), its ratio to the target and the verdict,
/// with a line saying what was compared. The suite prints these and never fails because of them: the machine is noisy, and the
/// ratios are what people read.
/// </summary>
internal sealed record GoalResult(Goal Goal, double? Measured, GoalStatus Status, string Detail)
{
    /// <summary>The measured value over the target (for an at-most goal, below 1 is better); null without both.</summary>
    public double? Ratio => Measured is { } measured && Goal.Target is { } target && target != 0 ? measured / target : null;

    public string StatusText => Status switch
    {
        GoalStatus.Pass => "PASS",
        GoalStatus.Fail => "FAIL",
        GoalStatus.NotRun => "not run",
        GoalStatus.NotMeasured => "not measured",
        _ => "reported",
    };

    public string MeasuredText => Measured is { } measured ? GoalFormat.Value(measured, Goal.Unit) : "—";

    public string RatioText => Ratio is { } ratio ? GoalFormat.Ratio(ratio) : "—";

    /// <summary>Judges a measured value against the goal's target; a value that is not a number counts as not measured.</summary>
    public static GoalResult Of(Goal goal, double measured, string detail)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (double.IsNaN(measured))
        {
            return NotMeasured(goal, $"{detail} (the measurement was not a number)");
        }

        var status = goal.Target switch
        {
            null => GoalStatus.Reported,
            { } target when goal.Direction == GoalDirection.AtLeast => measured >= target ? GoalStatus.Pass : GoalStatus.Fail,
            { } target => measured <= target ? GoalStatus.Pass : GoalStatus.Fail,
        };
        return new GoalResult(goal, measured, status, detail);
    }

    /// <summary>The scenario behind the goal was not part of this run.</summary>
    public static GoalResult NotRun(Goal goal, string why) => new(goal, null, GoalStatus.NotRun, why);

    /// <summary>The scenario ran (or does not exist yet) and gave no number for the goal.</summary>
    public static GoalResult NotMeasured(Goal goal, string why) => new(goal, null, GoalStatus.NotMeasured, why);
}
