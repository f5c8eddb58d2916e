namespace CaseFlow.Engine.Assessment;

/// <summary>
/// What the monthly joint meeting (联席会议) works from: cases needing several platforms, cases escalated to the county, major
/// issues that reached the deputy secretary, and the month's indicators against the month before.
/// </summary>
public sealed record MonthlyBrief
{
    /// <summary>The month.</summary>
    public required AssessmentPeriod Month { get; init; }

    /// <summary>The month before.</summary>
    public required AssessmentPeriod PreviousMonth { get; init; }

    /// <summary>The instant the histories were read at.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>The township's indicators over the cases received in the month.</summary>
    public required IndicatorSet Indicators { get; init; }

    /// <summary>The same over the month before (read at the same instant).</summary>
    public required IndicatorSet PreviousIndicators { get; init; }

    /// <summary>Per platform, this month's indicators.</summary>
    public required IReadOnlyList<IndicatorRow> Platforms { get; init; }

    /// <summary>Per platform, the month before's.</summary>
    public required IReadOnlyList<IndicatorRow> PreviousPlatforms { get; init; }

    /// <summary>Cases received on each day of the month (index 0 is the 1st).</summary>
    public required IReadOnlyList<int> DailyReceived { get; init; }

    /// <summary>The same for the month before.</summary>
    public required IReadOnlyList<int> PreviousDailyReceived { get; init; }

    /// <summary>Cases (received in the month or still open) whose co-handlers span several platforms.</summary>
    public required IReadOnlyList<AssessedCase> CrossPlatform { get; init; }

    /// <summary>Cases (received in the month or still open) escalated to the county 12345 system.</summary>
    public required IReadOnlyList<AssessedCase> EscalatedToCounty { get; init; }

    /// <summary>Cases (received in the month or still open) whose escalation reached the deputy secretary or the main leader.</summary>
    public required IReadOnlyList<AssessedCase> ReachedDeputySecretary { get; init; }

    /// <summary>Cases received in the month that went past a handling deadline (超期): the cases the overdue indicator counts.</summary>
    public required IReadOnlyList<AssessedCase> Overdue { get; init; }

    /// <summary>Cases received before the month that are still overdue at the reading (超期, the same meaning).</summary>
    public IReadOnlyList<AssessedCase> StillOverdue { get; init; } = [];

    /// <summary>签收超时: cases received in the month with an assignment signed for late or not at all by its sign-for deadline, and cases received before it whose assignment still awaits sign-for past that deadline at the reading.</summary>
    public IReadOnlyList<AssessedCase> SignForLate { get; init; } = [];

    /// <summary>The territorial assessment (属地考评) of the dispatched agencies over the month's cases, ranked.</summary>
    public IReadOnlyList<TerritorialRow> Territorial { get; init; } = [];

    /// <summary>Closed cases whose callback (回访) fell due from the month's start and was not made in time.</summary>
    public required IReadOnlyList<AssessedCase> CallbacksLate { get; init; }
}
