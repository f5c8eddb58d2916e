using CaseFlow.Engine.Assessment;
using static CaseFlow.Engine.Tests.Assessment.AssessmentWeek;

namespace CaseFlow.Engine.Tests.Assessment;

/// <summary>The territorial assessment's ranking of the agencies in a week the engine played: equal scores share a place.</summary>
public class TerritorialAssessmentTests
{
    private AssessmentWeek _week = null!;

    [OneTimeSetUp]
    public async Task Play() => _week = await RunAsync();

    [OneTimeTearDown]
    public async Task Clean() => await _week.DisposeAsync();

    [Test]
    public void Rank_EqualScoresShareAPlace()
    {
        var definition = WorkflowsFile.Definition;
        var a = IndicatorReport.Received(_week.Records, AssessmentPeriod.Year(2025), definition, AsOf).Single(c => c.Case.Id == _week.A);
        var police = a.Offices.Single(o => o.Office == "police-station");
        AssessedCase[] twins =
        [
            a with { Offices = [police] },
            a with { Offices = [police with { Office = "justice-office" }] },
            a with { Offices = [police with { Office = "enforcement-squad" }], Rating = "dissatisfied" },
        ];

        var rows = TerritorialAssessment.Rank(twins, definition);

        Assert.That(rows.Select(r => (r.Agency, r.Rank)).Take(3), Is.EqualTo(new (string, int?)[] { ("police-station", 1), ("justice-office", 1), ("enforcement-squad", 3) }));
    }
}
