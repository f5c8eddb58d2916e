using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Assessment;

/// <summary>
/// Composes the meeting briefs from every case's history read at one instant. A case belongs to a brief's lists when it was
/// received in the period or was still open at that instant (earlier cases that have ended are history). Pure.
/// </summary>
public static class Briefs
{
    /// <summary>The brief for <paramref name="platform"/>'s weekly meeting over <paramref name="week"/>.</summary>
    public static WeeklyBrief Weekly(IReadOnlyList<CaseRecord> records, string platform, AssessmentPeriod week, CompiledDefinition definition, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(definition);
        var declared = definition.Platform(platform)
            ?? throw new ArgumentException($"unknown platform '{platform}'; platforms are: {string.Join(", ", definition.Definition.Organisation.Platforms.Select(p => p.Id))}", nameof(platform));
        var all = Assess(records, definition, asOf).Where(c => c.Platform == platform).ToList();
        var received = InPeriod(all, week, definition);
        var live = Live(all, week, definition);
        var offices = IndicatorReport.By(Dimensions.Office, received, definition).Where(r => r.Indicators.Received > 0).ToList();
        return new WeeklyBrief
        {
            Platform = declared,
            Week = week,
            AsOf = asOf,
            Indicators = IndicatorSet.Of(received),
            Offices = offices,
            Cases = received,
            Overdue = Overdue(received),
            StillOverdue = StillOverdue(all, week, definition),
            SignForLate = SignForLate(all, received, week, definition),
            NeedsAnotherPlatform = live.Where(c => c.CrossPlatform).ToList(),
            CallbacksLate = CallbacksLate(all, week, definition, asOf),
        };
    }

    /// <summary>The brief for the joint meeting over <paramref name="month"/>, compared with the month before.</summary>
    public static MonthlyBrief Monthly(IReadOnlyList<CaseRecord> records, AssessmentPeriod month, CompiledDefinition definition, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(definition);
        var previous = month.Previous();
        var all = Assess(records, definition, asOf);
        var received = InPeriod(all, month, definition);
        var before = InPeriod(all, previous, definition);
        var live = Live(all, month, definition);
        return new MonthlyBrief
        {
            Month = month,
            PreviousMonth = previous,
            AsOf = asOf,
            Indicators = IndicatorSet.Of(received),
            PreviousIndicators = IndicatorSet.Of(before),
            Platforms = IndicatorReport.By(Dimensions.Platform, received, definition),
            PreviousPlatforms = IndicatorReport.By(Dimensions.Platform, before, definition),
            DailyReceived = Daily(received, month, definition),
            PreviousDailyReceived = Daily(before, previous, definition),
            CrossPlatform = live.Where(c => c.CrossPlatform).ToList(),
            EscalatedToCounty = live.Where(c => c.EscalatedToCounty).ToList(),
            ReachedDeputySecretary = live.Where(c => c.ReachedDeputySecretary).ToList(),
            Overdue = Overdue(received),
            StillOverdue = StillOverdue(all, month, definition),
            SignForLate = SignForLate(all, received, month, definition),
            Territorial = TerritorialAssessment.Rank(received, definition),
            CallbacksLate = CallbacksLate(all, month, definition, asOf),
        };
    }

    private static List<AssessedCase> Assess(IReadOnlyList<CaseRecord> records, CompiledDefinition definition, DateTimeOffset asOf) =>
        records.Where(r => r.State.SubmittedAt <= asOf)
            .Select(r => CaseAssessor.Assess(r, definition, asOf))
            .OrderBy(c => c.Case.SubmittedAt)
            .ThenBy(c => c.Case.Id)
            .ToList();

    private static List<AssessedCase> InPeriod(List<AssessedCase> cases, AssessmentPeriod period, CompiledDefinition definition) =>
        cases.Where(c => period.Contains(c.Case.SubmittedAt, definition.Calendar)).ToList();

    private static List<AssessedCase> Live(List<AssessedCase> cases, AssessmentPeriod period, CompiledDefinition definition) =>
        cases.Where(c => period.Contains(c.Case.SubmittedAt, definition.Calendar) || (!c.Ended && c.Case.SubmittedAt < period.End(definition.Calendar))).ToList();

    /// <summary>超期: the period's cases that went past a handling deadline — exactly those the overdue indicator counts.</summary>
    private static List<AssessedCase> Overdue(List<AssessedCase> received) => received.Where(c => c.Overdue).ToList();

    /// <summary>Cases received before the period with a handling round still open past its deadline at the reading.</summary>
    private static List<AssessedCase> StillOverdue(List<AssessedCase> cases, AssessmentPeriod period, CompiledDefinition definition) =>
        cases.Where(c => c.OverdueNow && c.Case.SubmittedAt < period.Start(definition.Calendar)).ToList();

    /// <summary>签收超时: the period's cases with an assignment signed for late or not at all, and earlier ones still unsigned past the deadline.</summary>
    private static List<AssessedCase> SignForLate(List<AssessedCase> cases, List<AssessedCase> received, AssessmentPeriod period, CompiledDefinition definition) =>
        cases.Where(c => received.Contains(c) ? c.SignForLate > 0 : c.SignForLateNow && c.Case.SubmittedAt < period.Start(definition.Calendar)).ToList();

    private static List<AssessedCase> CallbacksLate(List<AssessedCase> cases, AssessmentPeriod period, CompiledDefinition definition, DateTimeOffset asOf) =>
        cases.Where(c => c.CallbackLate && c.CallbackDue is { } due && due >= period.Start(definition.Calendar) && due < asOf).ToList();

    private static List<int> Daily(List<AssessedCase> cases, AssessmentPeriod period, CompiledDefinition definition)
    {
        var days = new int[period.To.DayNumber - period.From.DayNumber];
        var zone = definition.Calendar?.TimeZone ?? TimeZoneInfo.Utc;
        foreach (var c in cases)
        {
            days[DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.Case.SubmittedAt, zone).DateTime).DayNumber - period.From.DayNumber]++;
        }

        return [.. days];
    }
}
