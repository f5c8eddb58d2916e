namespace CaseFlow.Engine.Supervision;

/// <summary>The names of the timers versions published before timers were declared planned (see <see cref="SupervisionTimers"/>); declared timers name themselves.</summary>
public static class TimerKinds
{
    /// <summary>The warning share of the handling time has passed (临期预警).</summary>
    public const string Warn = "warn";

    /// <summary>The handling deadline has passed.</summary>
    public const string Overdue = "overdue";

    /// <summary>An urging notice (催办) to the office is due.</summary>
    public const string Urge = "urge";

    /// <summary>The next rung of the escalation ladder is due.</summary>
    public const string Escalate = "escalate";

    /// <summary>The sign-for deadline has passed (or another urging to sign for is due).</summary>
    public const string SignForOverdue = "signForOverdue";

    /// <summary>The county's deadline has passed without a result (or another urging of the county is due).</summary>
    public const string CountySilence = "countySilence";

    /// <summary>A closed case has not been called back (回访) within the assessment policy's time.</summary>
    public const string CallbackOverdue = "callbackOverdue";
}
