using CaseFlow.Engine.Assessment;
using CaseFlow.Workflows.Model;
using static CaseFlow.Engine.Tests.Assessment.AssessmentWeek;

namespace CaseFlow.Engine.Tests.Assessment;

/// <summary>The territorial assessment's arithmetic: indicators with nothing to rate left out, equal scores sharing a place.</summary>
public class TerritorialAssessmentTests
{
    private AssessmentWeek _week = null!;

    [OneTimeSetUp]
    public async Task Play() => _week = await RunAsync();

    [OneTimeTearDown]
    public async Task Clean() => await _week.DisposeAsync();

    [Test]
    public void Score_LeavesOutIndicatorsWithNothingToRate()
    {
        var indicators = new IndicatorSet { Received = 1, Valid = 1, AssignmentsDue = 2, SignedForInTime = 1, Handled = 1, Overdue = 1 };
        IndicatorWeight[] weights =
        [
            new() { Indicator = "responseRate", Weight = 15 }, new() { Indicator = "onTimeRate", Weight = 30 },
            new() { Indicator = "resolutionRate", Weight = 25 }, new() { Indicator = "satisfactionRate", Weight = 20 },
            new() { Indicator = "callbackRate", Weight = 10 },
        ];

        // Rated: response 0.5, on time 0, resolution 0 of 1; satisfaction and callback have no closed case.
        Assert.That(TerritorialAssessment.Score(indicators, weights), Is.EqualTo(100.0 * (15 * 0.5) / (15 + 30 + 25)).Within(1e-9));
    }

    [Test]
    public void Rank_EqualScoresShareAPlace()
    {
        var definition = WorkflowsFile.Definition;
        var a = IndicatorReport.Received(_week.Records, AssessmentPeriod.Year(2025), definition, AsOf).Single(c => c.Case.Id == _week.A);
        AssessedCase[] twins = [a, a with { LeadOffice = "justice-office" }, a with { LeadOffice = "enforcement-squad", Rating = "dissatisfied" }];

        var rows = TerritorialAssessment.Rank(twins, definition);

        Assert.That(rows.Select(r => (r.Agency, r.Rank)).Take(3), Is.EqualTo(new (string, int?)[] { ("police-station", 1), ("justice-office", 1), ("enforcement-squad", 3) }));
    }
}
