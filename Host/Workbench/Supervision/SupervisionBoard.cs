using CaseFlow.Engine.Assessment;

namespace CaseFlow.Host.Workbench.Supervision;

/// <summary>
/// What the leaders' 督办 view and the command room's big screen show, read at one instant: overdue and warned cases, escalations,
/// today's intake, open cases by supervision state, and this month's indicators per platform.
/// </summary>
public sealed record SupervisionBoard
{
    /// <summary>The instant the board was read at.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>The township's time zone (the calendar's; China time, Asia/Shanghai, when the definition declares no calendar).</summary>
    public required TimeZoneInfo Zone { get; init; }

    /// <summary>Today in the township's time zone.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Every open case.</summary>
    public required IReadOnlyList<BoardCase> Open { get; init; }

    /// <summary>Open cases past a deadline, the longest overdue first.</summary>
    public required IReadOnlyList<BoardCase> Overdue { get; init; }

    /// <summary>Open cases within the warning window, the nearest deadline first.</summary>
    public required IReadOnlyList<BoardCase> Warned { get; init; }

    /// <summary>Open cases an escalation took up the ladder (the leaders reached in order), those that climbed highest first.</summary>
    public required IReadOnlyList<BoardCase> Escalated { get; init; }

    /// <summary>
    /// Open cases whose deadline is provisional: it falls in, or counts across, a year no published calendar declares; the earliest
    /// submitted first. Publishing the year recomputes them.
    /// </summary>
    public required IReadOnlyList<BoardCase> Provisional { get; init; }

    /// <summary>The undeclared years the provisional deadlines wait on, in order.</summary>
    public IReadOnlyList<int> UndeclaredYears => [.. Provisional.SelectMany(c => c.Case.UndeclaredYears).Distinct().Order()];

    /// <summary>Cases submitted today (township time), the latest first, whatever became of them.</summary>
    public required IReadOnlyList<BoardCase> Intake { get; init; }

    /// <summary>Open cases by supervision state, every state of the supervising workflows in declaration order, those not under supervision first.</summary>
    public required IReadOnlyList<SupervisionStateCount> BySupervisionState { get; init; }

    /// <summary>The period the indicators cover: this month, up to <see cref="AsOf"/>.</summary>
    public required AssessmentPeriod IndicatorPeriod { get; init; }

    /// <summary>The indicators per platform over <see cref="IndicatorPeriod"/>, in declaration order.</summary>
    public required IReadOnlyList<IndicatorRow> Platforms { get; init; }

    /// <summary>An instant in the township's time.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
