namespace CaseFlow.Engine.Assessment;

/// <summary>
/// The indicators of a set of cases (see docs/assessment.md): counts, and rates as numerator over denominator, null
/// when the denominator is zero (nothing to rate).
/// </summary>
public sealed record IndicatorSet
{
    /// <summary>Cases received (submitted) in the period.</summary>
    public int Received { get; init; }

    /// <summary>Received cases not discarded as invalid or duplicate (in an office's row: those it answers for, see <see cref="OfficePart.AnswersForOutcome"/>).</summary>
    public int Valid { get; init; }

    /// <summary>Assignments whose sign-for was due (the response rate's denominator).</summary>
    public int AssignmentsDue { get; init; }

    /// <summary>Assignments signed for by their deadline (the response rate's numerator).</summary>
    public int SignedForInTime { get; init; }

    /// <summary>Cases with a handling round that ended or ran past its deadline (the on-time rate's denominator).</summary>
    public int Handled { get; init; }

    /// <summary>Cases that went past a handling deadline.</summary>
    public int Overdue { get; init; }

    /// <summary>Cases completed at least once (in an office's row: completed by it).</summary>
    public int Completed { get; init; }

    /// <summary>Handling rounds completed (the mean handling time's denominator); a round ended by a return, or still open, is not one.</summary>
    public int CompletedRounds { get; init; }

    /// <summary>Working hours of handling, summed over completed rounds, each from its sign-for to its completion.</summary>
    public double HandlingHours { get; init; }

    /// <summary>Cases closed.</summary>
    public int Closed { get; init; }

    /// <summary>Closed cases rated by the reporter.</summary>
    public int Rated { get; init; }

    /// <summary>Rated cases rated satisfied or basically satisfied.</summary>
    public int Satisfied { get; init; }

    /// <summary>Closed cases whose callback (回访) reached the reporter.</summary>
    public int CalledBack { get; init; }

    /// <summary>Closed cases whose callback was late or is missing past its due time.</summary>
    public int CallbacksLate { get; init; }

    /// <summary>Returns (退单) recorded.</summary>
    public int Returns { get; init; }

    /// <summary>Reopenings after the reporter disputed the result.</summary>
    public int Reopened { get; init; }

    /// <summary>Cases escalated to the county 12345 system.</summary>
    public int EscalatedToCounty { get; init; }

    /// <summary>Assignments signed for late or not at all by their deadline (签收超时).</summary>
    public int SignForLate { get; init; }

    /// <summary>Times the county 12345 system sent a case back (counted apart from returns).</summary>
    public int SentBackByCounty { get; init; }

    /// <summary>Valid cases with the county 12345 system at the reading, set apart from the township's resolution rate.</summary>
    public int WithCounty { get; init; }

    /// <summary>In an office's row: cases it led (主办); elsewhere zero.</summary>
    public int AsLead { get; init; }

    /// <summary>In an office's row: cases it co-handled (协办) without leading; elsewhere zero.</summary>
    public int AsCoHandler { get; init; }

    /// <summary>签收及时率: assignments signed for by their deadline ÷ assignments whose sign-for was due.</summary>
    public double? ResponseRate => Rate(SignedForInTime, AssignmentsDue);

    /// <summary>按期办结率: handled cases that never went past a handling deadline ÷ handled cases.</summary>
    public double? OnTimeRate => Rate(Handled - Overdue, Handled);

    /// <summary>办结率: closed cases ÷ valid cases not with the county at the reading (<see cref="WithCounty"/>, reported apart).</summary>
    public double? ResolutionRate => Rate(Closed, Valid - WithCounty);

    /// <summary>满意率: satisfied or basically satisfied ÷ rated.</summary>
    public double? SatisfactionRate => Rate(Satisfied, Rated);

    /// <summary>回访率: closed cases called back ÷ closed cases.</summary>
    public double? CallbackRate => Rate(CalledBack, Closed);

    /// <summary>Mean working hours from sign-for to completion over completed handling rounds.</summary>
    public double? MeanHandlingHours => CompletedRounds == 0 ? null : HandlingHours / CompletedRounds;

    /// <summary>A rate by its indicator name (one of <see cref="Workflows.Catalogue.WeightedIndicators"/>).</summary>
    public double? RateOf(string indicator) => indicator switch
    {
        "responseRate" => ResponseRate,
        "onTimeRate" => OnTimeRate,
        "resolutionRate" => ResolutionRate,
        "satisfactionRate" => SatisfactionRate,
        "callbackRate" => CallbackRate,
        _ => throw new ArgumentException($"'{indicator}' is not a rate indicator", nameof(indicator)),
    };

    /// <summary>The indicators of the given cases.</summary>
    public static IndicatorSet Of(IReadOnlyCollection<AssessedCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var closed = cases.Where(c => c.Closed).ToList();
        var completed = cases.Where(c => c.Completions > 0).ToList();
        return new IndicatorSet
        {
            Received = cases.Count,
            Valid = cases.Count(c => !c.Discarded),
            AssignmentsDue = cases.Sum(c => c.AssignmentsDue),
            SignedForInTime = cases.Sum(c => c.SignedForInTime),
            Handled = cases.Count(c => c.Completions > 0 || c.Overdue),
            Overdue = cases.Count(c => c.Overdue),
            Completed = completed.Count,
            CompletedRounds = completed.Sum(c => c.Completions),
            HandlingHours = completed.Sum(c => c.HandlingTime.TotalHours),
            Closed = closed.Count,
            Rated = closed.Count(c => c.Rating is not null),
            Satisfied = closed.Count(c => c.Satisfied),
            CalledBack = closed.Count(c => c.CalledBackAt is not null),
            CallbacksLate = closed.Count(c => c.CallbackLate),
            Returns = cases.Sum(c => c.Returns),
            Reopened = cases.Sum(c => c.Reopens),
            EscalatedToCounty = cases.Count(c => c.EscalatedToCounty),
            SignForLate = cases.Sum(c => c.SignForLate),
            SentBackByCounty = cases.Sum(c => c.SentBackByCounty),
            WithCounty = cases.Count(c => !c.Discarded && c.WithCounty),
        };
    }

    /// <summary>
    /// The indicators of one office over the cases it took part in (<see cref="AssessedCase.Offices"/>; others are skipped): each
    /// act counted only when it was the office's own (its sign-fors, its returns, the rounds it led: their handling time and
    /// overdue), the case's outcome (closed, rated, called back, reopened, escalated, with the county) only where it leads the assignment in
    /// force (<see cref="OfficePart.AnswersForOutcome"/>). County send-backs are no office's: zero here.
    /// </summary>
    public static IndicatorSet OfOffice(IReadOnlyCollection<AssessedCase> cases, string office)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var parts = cases.SelectMany(c => c.Offices.Where(o => o.Office == office).Take(1).Select(part => (Case: c, Part: part))).ToList();
        var answered = parts.Where(x => x.Part.AnswersForOutcome).Select(x => x.Case).ToList();
        var closed = answered.Where(c => c.Closed).ToList();
        return new IndicatorSet
        {
            Received = parts.Count,
            AsLead = parts.Count(x => x.Part.Role == OfficePart.Lead),
            AsCoHandler = parts.Count(x => x.Part.Role != OfficePart.Lead),
            Valid = answered.Count(c => !c.Discarded),
            WithCounty = answered.Count(c => !c.Discarded && c.WithCounty),
            AssignmentsDue = parts.Sum(x => x.Part.AssignmentsDue),
            SignedForInTime = parts.Sum(x => x.Part.SignedForInTime),
            SignForLate = parts.Sum(x => x.Part.SignForLate),
            Handled = parts.Count(x => x.Part.Completions > 0 || x.Part.Overdue),
            Overdue = parts.Count(x => x.Part.Overdue),
            Completed = parts.Count(x => x.Part.Completions > 0),
            CompletedRounds = parts.Sum(x => x.Part.Completions),
            HandlingHours = parts.Sum(x => x.Part.HandlingTime.TotalHours),
            Returns = parts.Sum(x => x.Part.Returns),
            Closed = closed.Count,
            Rated = closed.Count(c => c.Rating is not null),
            Satisfied = closed.Count(c => c.Satisfied),
            CalledBack = closed.Count(c => c.CalledBackAt is not null),
            CallbacksLate = closed.Count(c => c.CallbackLate),
            Reopened = answered.Sum(c => c.Reopens),
            EscalatedToCounty = answered.Count(c => c.EscalatedToCounty),
        };
    }

    private static double? Rate(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;
}
