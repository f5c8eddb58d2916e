using CaseFlow.Engine.Assessment;
using static CaseFlow.Engine.Tests.Assessment.AssessmentWeek;

namespace CaseFlow.Engine.Tests.Assessment;

/// <summary>The indicators of <see cref="AssessmentWeek"/>, every expected number worked out by hand from the story told there.</summary>
[TestFixture]
public sealed class When_a_week_of_cases_is_assessed
{
    private AssessmentWeek _week = null!;
    private IReadOnlyList<AssessedCase> _received = [];

    [OneTimeSetUp]
    public async Task Play()
    {
        _week = await RunAsync();
        _received = IndicatorReport.Received(_week.Records, Week, WorkflowsFile.Definition, AsOf);
    }

    [OneTimeTearDown]
    public async Task Clean() => await _week.DisposeAsync();

    private IndicatorSet Township => IndicatorReport.By(Dimensions.Township, _received, WorkflowsFile.Definition).Single().Indicators;

    private IndicatorSet Row(string dimension, string key) =>
        IndicatorReport.By(dimension, _received, WorkflowsFile.Definition).Single(r => r.Key == key).Indicators;

    [Test]
    public void Should_count_the_cases_received_in_the_week_and_not_the_one_before()
    {
        Assert.That(_received.Select(c => c.Case.Id), Is.EquivalentTo(new[] { _week.A, _week.B, _week.C, _week.D, _week.E, _week.F, _week.H }));
        Assert.That(Township.Received, Is.EqualTo(7));
        Assert.That(Township.Valid, Is.EqualTo(6), "E was invalid");
    }

    [Test]
    public void Should_rate_sign_for_per_assignment_due()
    {
        // Due: A (in time), B (late), C twice (in time both), D's second (never signed for, late), H (in time). D's first was
        // returned before its deadline and is not counted.
        Assert.Multiple(() =>
        {
            Assert.That(Township.AssignmentsDue, Is.EqualTo(6));
            Assert.That(Township.SignedForInTime, Is.EqualTo(4));
            Assert.That(Township.ResponseRate, Is.EqualTo(4.0 / 6).Within(1e-9));
        });
    }

    [Test]
    public void Should_rate_on_time_completion_over_cases_completed_or_past_their_deadline()
    {
        // Handled: A (on time), C (late in its first round), H (open past its deadline). B is open within its deadline.
        Assert.Multiple(() =>
        {
            Assert.That(Township.Handled, Is.EqualTo(3));
            Assert.That(Township.Overdue, Is.EqualTo(2));
            Assert.That(Township.OnTimeRate, Is.EqualTo(1.0 / 3).Within(1e-9));
        });
    }

    [Test]
    public void Should_measure_handling_time_in_working_hours_per_completed_round()
    {
        // Completed rounds: A 7 h; C 27.5 h and 7 h (34.5 h in all). B and H are open: their rounds are not counted.
        Assert.Multiple(() =>
        {
            Assert.That(Township.Completed, Is.EqualTo(2));
            Assert.That(Township.CompletedRounds, Is.EqualTo(3));
            Assert.That(Township.MeanHandlingHours, Is.EqualTo((7 + 27.5 + 7) / 3).Within(1e-9));
            Assert.That(_received.Single(c => c.Case.Id == _week.C).HandlingTime, Is.EqualTo(TimeSpan.FromHours(34.5)));
        });
    }

    [Test]
    public void Should_rate_resolution_satisfaction_and_callbacks()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Township.Closed, Is.EqualTo(2));
            Assert.That(Township.WithCounty, Is.EqualTo(1), "F is with the county");
            Assert.That(Township.ResolutionRate, Is.EqualTo(2.0 / 5).Within(1e-9), "A and C closed of the 6 valid less F, with the county");
            Assert.That(Township.SatisfactionRate, Is.EqualTo(0.5), "A satisfied, C dissatisfied");
            Assert.That(Township.CallbackRate, Is.EqualTo(0.5), "A called back, C not");
            Assert.That(Township.CallbacksLate, Is.EqualTo(1));
            Assert.That(_received.Single(c => c.Case.Id == _week.C).CallbackLate, Is.True);
        });
    }

    [Test]
    public void Should_count_returns_reopenings_and_county_escalations()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Township.Returns, Is.EqualTo(1));
            Assert.That(Township.Reopened, Is.EqualTo(1));
            Assert.That(Township.EscalatedToCounty, Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_group_by_platform_with_never_dispatched_cases_under_their_category_platform()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Row(Dimensions.Platform, "governance").Received, Is.EqualTo(2), "A, D");
            Assert.That(Row(Dimensions.Platform, "enforcement").Received, Is.EqualTo(3), "B, C, H");
            Assert.That(Row(Dimensions.Platform, "market").Received, Is.EqualTo(1), "F");
            Assert.That(Row(Dimensions.Platform, "services").Received, Is.EqualTo(1), "E");
            Assert.That(Row(Dimensions.Platform, "enforcement").Overdue, Is.EqualTo(2), "C, H");
        });
    }

    [Test]
    public void Should_group_the_police_station_as_a_dispatched_agency()
    {
        var police = Row(Dimensions.Agency, "police-station");

        Assert.Multiple(() =>
        {
            Assert.That(police.Received, Is.EqualTo(2));
            Assert.That(police.ResponseRate, Is.EqualTo(0.5), "A in time, D late");
            Assert.That(police.OnTimeRate, Is.EqualTo(1.0));
            Assert.That(police.ResolutionRate, Is.EqualTo(0.5));
            Assert.That(police.Returns, Is.EqualTo(1));
            Assert.That(police.AsLead, Is.EqualTo(2));
            var market = Row(Dimensions.Agency, "market-supervision-station");
            Assert.That((market.Received, market.AsCoHandler, market.AsLead), Is.EqualTo((1, 1, 0)), "it co-handled A");
            Assert.That(market.Closed, Is.Zero, "A's outcome is its lead's, the police station's");
            Assert.That(IndicatorReport.By(Dimensions.Agency, _received, WorkflowsFile.Definition).Where(r => r.Key is not "police-station" and not "market-supervision-station").Sum(r => r.Indicators.Received), Is.Zero);
        });
    }

    [Test]
    public void Should_group_by_office_village_grid_and_grid_member()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Row(Dimensions.Office, "demolition-office").ResponseRate, Is.EqualTo(0.0), "B signed for late");
            Assert.That(Row(Dimensions.Office, "sanitation-office").Received, Is.EqualTo(1), "C (G belongs to the week before)");
            Assert.That(Row(Dimensions.Village, "village-1").Received, Is.EqualTo(3), "A and D in grid-1, B in grid-2");
            Assert.That(Row(Dimensions.Village, "village-2").Received, Is.EqualTo(1), "C");
            Assert.That(Row(Dimensions.Grid, "grid-1").Received, Is.EqualTo(2));
            Assert.That(Row(Dimensions.GridMember, "grid-member-1").Received, Is.EqualTo(2));
            Assert.That(Row(Dimensions.GridMember, "grid-member-3").Received, Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_mark_the_cross_platform_case_the_overdue_ones_and_the_one_that_reached_the_deputy_secretary()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_received.Where(c => c.CrossPlatform).Select(c => c.Case.Id), Is.EqualTo(new[] { _week.A }));
            Assert.That(_received.Where(c => c.OverdueNow).Select(c => c.Case.Id), Is.EqualTo(new[] { _week.H }), "D awaits sign-for: late to sign, not overdue");
            Assert.That(_received.Where(c => c.SignForLateNow).Select(c => c.Case.Id), Is.EqualTo(new[] { _week.D }));
            Assert.That(_received.Where(c => c.ReachedDeputySecretary).Select(c => c.Case.Id), Is.EquivalentTo(new[] { _week.D, _week.H }), "D unsigned, H overdue");
            Assert.That(_received.Single(c => c.Case.Id == _week.D).LeadersReached, Is.EqualTo(new[] { "deputy-secretary", "deputy-secretary", "party-secretary" }), "one per climb; the governance platform's coordinator is the deputy secretary");
            Assert.That(_received.Single(c => c.Case.Id == _week.H).LeadersReached, Is.EqualTo(new[] { "armed-forces-head", "deputy-secretary" }));
        });
    }

    [Test]
    public void Should_read_the_history_as_it_stood_at_an_earlier_instant()
    {
        // On Wed 5 Mar at 12:00 A, B, C and D had arrived; A was closed, nothing was past its handling deadline.
        var early = IndicatorReport.Received(_week.Records, Week, WorkflowsFile.Definition, Wednesday);
        var township = IndicatorSet.Of(early);

        Assert.Multiple(() =>
        {
            Assert.That(township.Received, Is.EqualTo(4));
            Assert.That(township.Closed, Is.EqualTo(1));
            Assert.That(township.Overdue, Is.Zero);
            Assert.That(township.AssignmentsDue, Is.EqualTo(3), "A, B (late), C; D's first returned in time, its second not yet due");
            Assert.That(township.SignedForInTime, Is.EqualTo(2));
        });
    }
}
