using CaseFlow.Workflows.Model;

namespace CaseFlow.Engine.Assessment;

/// <summary>What a platform's weekly meeting (例会) works from: last week's cases, the overdue ones and those needing another platform.</summary>
public sealed record WeeklyBrief
{
    /// <summary>The platform.</summary>
    public required Platform Platform { get; init; }

    /// <summary>The week.</summary>
    public required AssessmentPeriod Week { get; init; }

    /// <summary>The instant the histories were read at.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>The indicators of the platform's cases received in the week.</summary>
    public required IndicatorSet Indicators { get; init; }

    /// <summary>The indicators per office, for offices that took part in any of those cases (led or co-handled), each by its own acts.</summary>
    public required IReadOnlyList<IndicatorRow> Offices { get; init; }

    /// <summary>The platform's cases received in the week, in order of receipt.</summary>
    public required IReadOnlyList<AssessedCase> Cases { get; init; }

    /// <summary>The platform's cases received in the week that went past a handling deadline (超期): the cases the overdue indicator counts.</summary>
    public required IReadOnlyList<AssessedCase> Overdue { get; init; }

    /// <summary>The platform's cases received before the week that are still overdue at the reading (超期, the same meaning).</summary>
    public IReadOnlyList<AssessedCase> StillOverdue { get; init; } = [];

    /// <summary>签收超时: cases received in the week with an assignment signed for late or not at all by its sign-for deadline, and cases received before it whose assignment still awaits sign-for past that deadline at the reading.</summary>
    public IReadOnlyList<AssessedCase> SignForLate { get; init; } = [];

    /// <summary>The platform's cases (received in the week or still open) whose co-handlers come from another platform.</summary>
    public required IReadOnlyList<AssessedCase> NeedsAnotherPlatform { get; init; }

    /// <summary>The platform's closed cases whose callback (回访) fell due from the week's start and was not made in time.</summary>
    public required IReadOnlyList<AssessedCase> CallbacksLate { get; init; }
}
