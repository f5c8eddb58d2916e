using CaseFlow.Engine.Assessment;

namespace CaseFlow.Host.Http;

/// <summary>The assessment indicators of a period, one row per township, office, platform or category.</summary>
/// <param name="From">The period's first day.</param>
/// <param name="To">The period's last day.</param>
/// <param name="AsOf">The instant the cases were read as of.</param>
/// <param name="By">The dimension the rows are by.</param>
/// <param name="Rows">One row per key of the dimension.</param>
internal sealed record IndicatorReport(DateOnly From, DateOnly To, DateTimeOffset AsOf, string By, IReadOnlyList<IndicatorReportRow> Rows);

/// <summary>The indicators of one key of a dimension.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Key">The key's id.</param>
/// <param name="Name">Its name for people.</param>
/// <param name="Indicators">Its counts and rates.</param>
internal sealed record IndicatorReportRow(string Dimension, string Key, string Name, IndicatorValues Indicators);

/// <summary>Counts and rates of the assessment; a rate is null when nothing was there to count it on.</summary>
internal sealed record IndicatorValues(
    int Received, int Valid, int AssignmentsDue, int SignedForInTime, double? ResponseRate, int Handled, int Overdue, double? OnTimeRate, int Closed,
    double? ResolutionRate, int Rated, int Satisfied, double? SatisfactionRate, int CalledBack, double? CallbackRate, int CallbacksLate, int Returns,
    int Reopened, int EscalatedToCounty, int Completed, double? MeanHandlingHours, int CompletedRounds, int SignForLate, int SentBackByCounty,
    int WithCounty, int AsLead, int AsCoHandler)
{
    public static IndicatorValues Of(IndicatorSet s) => new(
        s.Received, s.Valid, s.AssignmentsDue, s.SignedForInTime, s.ResponseRate, s.Handled, s.Overdue, s.OnTimeRate, s.Closed, s.ResolutionRate,
        s.Rated, s.Satisfied, s.SatisfactionRate, s.CalledBack, s.CallbackRate, s.CallbacksLate, s.Returns, s.Reopened, s.EscalatedToCounty,
        s.Completed, s.MeanHandlingHours, s.CompletedRounds, s.SignForLate, s.SentBackByCounty, s.WithCounty, s.AsLead, s.AsCoHandler);
}
