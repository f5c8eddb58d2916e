using CaseFlow.Engine.Assessment;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Domain.Tests.Assessment;

/// <summary>The territorial assessment's arithmetic on indicator counts: indicators with nothing to rate left out.</summary>
public class TerritorialAssessmentTests
{
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
}
