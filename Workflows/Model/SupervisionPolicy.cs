namespace CaseFlow.Workflows.Model;

/// <summary>
/// How the command room supervises cases (日常督办): when it warns, how often it urges, how late a case climbs the escalation
/// ladder, and the limits on extensions, returns and the county's silence. Every span is counted in working time.
/// </summary>
public sealed record SupervisionPolicy
{
    /// <summary>The share of the handling time after which the office is warned (e.g. 0.8: at 80% of the time).</summary>
    public double WarnAt { get; init; }

    /// <summary>How often an urging notice (催办) goes out once a case is warned or late, and while a sign-for is overdue.</summary>
    public Deadline? UrgeEvery { get; init; }

    /// <summary>How long an office has to sign for (签收) a case assigned to it, by priority.</summary>
    public PriorityDeadlines? SignForWithin { get; init; }

    /// <summary>The rungs above the office, lowest first, each reached this long after the deadline or the rung before.</summary>
    public IReadOnlyList<EscalationStep> Escalation { get; init; } = [];

    /// <summary>The cap on extensions (延期).</summary>
    public ExtensionLimits? Extensions { get; init; }

    /// <summary>The limits on returns (退单).</summary>
    public ReturnLimits? Returns { get; init; }

    /// <summary>What happens when the county 12345 system lets its deadline pass.</summary>
    public CountySilence? CountySilence { get; init; }

    /// <summary>
    /// When each supervision step falls due (warnings, urgings, overdue, escalations, sign-for and county urgings, the callback flag),
    /// declared in terms of this policy's numbers; null in versions published before timers were declared, which run
    /// <c>SupervisionTimers.Legacy</c>, the same timers as the engine of that time planned them.
    /// </summary>
    public IReadOnlyList<SupervisionTimer>? Timers { get; init; }
}

/// <summary>A span of working time per case priority.</summary>
public sealed record PriorityDeadlines
{
    /// <summary>For normal cases.</summary>
    public Deadline? Normal { get; init; }

    /// <summary>For urgent cases.</summary>
    public Deadline? Urgent { get; init; }
}

/// <summary>One step up the escalation ladder.</summary>
public sealed record EscalationStep
{
    /// <summary>The rung reached: platformCoordinator, deputySecretary or mainLeader.</summary>
    public string Rung { get; init; } = "";

    /// <summary>How long after the deadline (first step) or the step before it is reached.</summary>
    public Deadline? After { get; init; }
}

/// <summary>The cap on extensions per case.</summary>
public sealed record ExtensionLimits
{
    /// <summary>How many extensions may be approved.</summary>
    public int MaxCount { get; init; }

    /// <summary>How many working days all approved extensions may add together.</summary>
    public int MaxWorkingDays { get; init; }
}

/// <summary>The limits on returns (退单).</summary>
public sealed record ReturnLimits
{
    /// <summary>How many times a case may be returned in all.</summary>
    public int MaxCount { get; init; }

    /// <summary>How soon after the case reached them a platform or office must return it.</summary>
    public Deadline? Within { get; init; }
}

/// <summary>Supervision of a case escalated to the county: urging the county and escalating in the township once its deadline passes.</summary>
public sealed record CountySilence
{
    /// <summary>How often the county is urged again after the first urging at its deadline.</summary>
    public Deadline? UrgeEvery { get; init; }

    /// <summary>How many times the county is urged at most.</summary>
    public int MaxUrges { get; init; }
}
