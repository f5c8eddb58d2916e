using CaseFlow.Engine.Assessment;
using static CaseFlow.Engine.Tests.Assessment.AssessmentWeek;

namespace CaseFlow.Engine.Tests.Assessment;

/// <summary>The briefs and the territorial assessment over <see cref="AssessmentWeek"/>, expected lists and scores worked out by hand.</summary>
[TestFixture]
public sealed class When_the_week_is_briefed_and_scored
{
    private AssessmentWeek _week = null!;

    [OneTimeSetUp]
    public async Task Play() => _week = await RunAsync();

    [OneTimeTearDown]
    public async Task Clean() => await _week.DisposeAsync();

    [Test]
    public void Should_list_in_the_enforcement_weekly_brief_its_cases_the_overdue_ones_and_the_late_callback()
    {
        var brief = Briefs.Weekly(_week.Records, "enforcement", Week, WorkflowsFile.Definition, AsOf);

        Assert.Multiple(() =>
        {
            Assert.That(brief.Cases.Select(c => c.Case.Id), Is.EqualTo(new[] { _week.B, _week.C, _week.H }), "G was received the week before");
            Assert.That(brief.Overdue.Select(c => c.Case.Id), Is.EqualTo(new[] { _week.C, _week.H }));
            Assert.That(brief.SignForLate.Select(c => c.Case.Id), Is.EqualTo(new[] { _week.B }), "B signed for late");
            Assert.That(brief.StillOverdue, Is.Empty);
            Assert.That(brief.NeedsAnotherPlatform, Is.Empty);
            Assert.That(brief.CallbacksLate.Select(c => c.Case.Id), Is.EqualTo(new[] { _week.C }));
            Assert.That(brief.Offices.Select(o => o.Key), Is.EquivalentTo(new[] { "demolition-office", "sanitation-office", "work-safety-office" }));
            Assert.That(brief.Indicators.Received, Is.EqualTo(3));
        });
    }

    [Test]
    public void Should_list_in_the_governance_weekly_brief_the_case_needing_the_market_platform_and_the_unsigned_one()
    {
        var brief = Briefs.Weekly(_week.Records, "governance", Week, WorkflowsFile.Definition, AsOf);

        Assert.Multiple(() =>
        {
            Assert.That(brief.Cases.Select(c => c.Case.Id), Is.EqualTo(new[] { _week.A, _week.D }));
            Assert.That(brief.NeedsAnotherPlatform.Select(c => c.Case.Id), Is.EqualTo(new[] { _week.A }));
            Assert.That(brief.NeedsAnotherPlatform.Single().PlatformsInvolved, Is.EquivalentTo(new[] { "governance", "market" }));
            Assert.That(brief.Overdue, Is.Empty, "D still awaits sign-for past its deadline: late to sign, not overdue");
            Assert.That(brief.SignForLate.Select(c => c.Case.Id), Is.EqualTo(new[] { _week.D }));
            Assert.That(brief.Offices.Select(o => (o.Key, o.Indicators.AsLead, o.Indicators.AsCoHandler)), Is.EquivalentTo(new[] { ("police-station", 2, 0), ("market-supervision-station", 0, 1) }));
        });
    }

    [Test]
    public void Should_refuse_a_weekly_brief_for_an_unknown_platform_naming_the_platforms() =>
        Assert.That(() => Briefs.Weekly(_week.Records, "harbour", Week, WorkflowsFile.Definition, AsOf),
            Throws.ArgumentException.With.Message.Contains("unknown platform 'harbour'").And.Message.Contains("governance, enforcement, market, services"));

    [Test]
    public void Should_list_in_the_monthly_brief_cross_platform_county_and_deputy_secretary_cases_against_february()
    {
        var brief = Briefs.Monthly(_week.Records, AssessmentPeriod.Month(2025, 3), WorkflowsFile.Definition, AsOf);

        Assert.Multiple(() =>
        {
            Assert.That(brief.CrossPlatform.Select(c => c.Case.Id), Is.EqualTo(new[] { _week.A }));
            Assert.That(brief.EscalatedToCounty.Select(c => c.Case.Id), Is.EqualTo(new[] { _week.F }));
            Assert.That(brief.ReachedDeputySecretary.Select(c => c.Case.Id), Is.EqualTo(new[] { _week.D, _week.H }), "D unsigned, H overdue; in order of receipt");
            Assert.That(brief.Overdue.Select(c => c.Case.Id), Is.EqualTo(new[] { _week.C, _week.H }), "the month's cases that went past a handling deadline, as the indicator counts");
            Assert.That(brief.Indicators.Overdue, Is.EqualTo(brief.Overdue.Count));
            Assert.That(brief.StillOverdue, Is.Empty, "G, from February, was never handled");
            Assert.That(brief.SignForLate.Select(c => c.Case.Id), Is.EqualTo(new[] { _week.B, _week.D }));
            Assert.That(brief.Territorial.Select(r => (r.Agency, r.Rank)).First(), Is.EqualTo(("police-station", (int?)1)));
            Assert.That(brief.Indicators.Received, Is.EqualTo(7));
            Assert.That(brief.PreviousMonth, Is.EqualTo(AssessmentPeriod.Month(2025, 2)));
            Assert.That(brief.PreviousIndicators.Received, Is.EqualTo(1), "G, on 28 February");
            Assert.That(brief.DailyReceived.Take(8), Is.EqualTo(new[] { 0, 0, 2, 1, 1, 2, 1, 0 }));
            Assert.That(brief.DailyReceived, Has.Count.EqualTo(31));
            Assert.That(brief.PreviousDailyReceived, Has.Count.EqualTo(28));
            Assert.That(brief.PreviousDailyReceived[27], Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_score_the_police_station_by_the_declared_weights_and_leave_agencies_without_cases_unranked()
    {
        var year = IndicatorReport.Received(_week.Records, AssessmentPeriod.Year(2025), WorkflowsFile.Definition, AsOf);

        var rows = TerritorialAssessment.Rank(year, WorkflowsFile.Definition);

        // Police station: response 1/2, on time 1/1, resolution 1/2, satisfaction 1/1, callback 1/1; weights 15/30/25/20/10.
        Assert.Multiple(() =>
        {
            Assert.That(rows[0].Agency, Is.EqualTo("police-station"));
            Assert.That(rows[0].Rank, Is.EqualTo(1));
            Assert.That(rows[0].Score, Is.EqualTo(0.5 * 15 + 30 + 0.5 * 25 + 20 + 10).Within(1e-9));
            Assert.That(rows.Skip(1).Select(r => (r.Rank, r.Score)), Has.All.EqualTo(((int?)null, (double?)null)));
            Assert.That(rows.Select(r => r.Agency), Is.EquivalentTo(new[] { "police-station", "justice-office", "enforcement-squad", "land-resources-station", "market-supervision-station" }));
        });
    }
}
