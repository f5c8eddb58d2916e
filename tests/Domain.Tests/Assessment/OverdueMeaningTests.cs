using CaseFlow.Domain.Tests.Cases;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Assessment;

/// <summary>
/// One meaning of 超期 in the overdue indicator and the weekly and monthly lists, sign-for lateness (签收超时) apart, and cases with
/// the county apart from the resolution rate (docs/assessment.md). Five neighbour disputes (governance platform: 4 working hours to
/// sign for, 10 working days to handle; working hours 08:30–12:00 and 14:00–17:30), each step a minute after the one before, read
/// on Tuesday 18 March 2025 at 09:00, the week being Monday 3 – Sunday 9 March:
/// <list type="bullet">
/// <item>P, received Mon 24 Feb 09:00 (before the week and the month): signed for 09:05, due Mon 10 Mar 09:05, still open: overdue now.</item>
/// <item>Q, received Mon 3 Mar 09:00: signed for 09:05, due Mon 17 Mar 09:05, still open: overdue (open past its deadline).</item>
/// <item>R, received Tue 4 Mar 09:00: assigned 09:04, to sign for by 15:04, never signed for: late to sign, not overdue.</item>
/// <item>S, received Wed 5 Mar 09:00: escalated to the county 09:03, still with it.</item>
/// <item>T, received Thu 6 Mar 09:00: signed for, completed, fed back, confirmed and rated by 09:09: closed in time.</item>
/// </list>
/// </summary>
public class OverdueMeaningTests
{
    private const string Mediation = "mediation-committee";
    private static readonly AssessmentPeriod Week = AssessmentPeriod.Week(new DateOnly(2025, 3, 3));
    private static readonly AssessmentPeriod March = AssessmentPeriod.Month(2025, 3);
    private static readonly DateTimeOffset AsOf = Shanghai(2025, 3, 18, 9);

    private CaseScenario _p = null!;
    private CaseScenario _q = null!;
    private CaseScenario _r = null!;
    private CaseScenario _s = null!;
    private CaseScenario _t = null!;
    private List<CaseRecord> _records = [];

    [OneTimeSetUp]
    public void Script()
    {
        _p = Assigned(Shanghai(2025, 2, 24, 9)).Then(Triggers.SignFor, actor: Mediation);
        _q = Assigned(Shanghai(2025, 3, 3, 9)).Then(Triggers.SignFor, actor: Mediation);
        _r = Assigned(Shanghai(2025, 3, 4, 9));
        _s = CaseScenario.AwaitingDispatch(at: Shanghai(2025, 3, 5, 9)).Then(Triggers.EscalateToCounty, new CasePayload { Reason = "属县医保局职责" });
        _t = Assigned(Shanghai(2025, 3, 6, 9))
            .Then(Triggers.SignFor, actor: Mediation)
            .Then(Triggers.Complete, new CasePayload { Result = "已调解" })
            .Then(Triggers.FeedBack, new CasePayload { Note = "已调解，请确认" })
            .Then(Triggers.RecordFeedback, new CasePayload { Feedback = "confirmed" }, "reporter")
            .Then(Triggers.Rate, new CasePayload { Rating = "satisfied" }, "reporter");
        _records = [.. new[] { _p, _q, _r, _s, _t }.Select(s => new CaseRecord(s.State, s.History))];
    }

    private static DateTimeOffset Shanghai(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    private static CaseScenario Assigned(DateTimeOffset at) =>
        CaseScenario.AwaitingDispatch(at: at).Then(Triggers.Dispatch).Then(Triggers.Assign);

    private static IEnumerable<Guid> Ids(IEnumerable<AssessedCase> cases) => cases.Select(c => c.Case.Id);

    [Test]
    public void Weekly_CaseOverdueInTheWeek_InTheIndicatorAndTheListAlike()
    {
        var brief = Briefs.Weekly(_records, "governance", Week, CaseScenario.Definition, AsOf);

        Assert.Multiple(() =>
        {
            Assert.That(Ids(brief.Cases), Is.EqualTo(new[] { _q.State.Id, _r.State.Id, _s.State.Id, _t.State.Id }));
            Assert.That(brief.Indicators.Overdue, Is.EqualTo(1));
            Assert.That(Ids(brief.Overdue), Is.EqualTo(new[] { _q.State.Id }));
        });
    }

    [Test]
    public void Monthly_CaseOverdueInTheMonth_TheSameAsTheWeeklyList()
    {
        var weekly = Briefs.Weekly(_records, "governance", Week, CaseScenario.Definition, AsOf);
        var monthly = Briefs.Monthly(_records, March, CaseScenario.Definition, AsOf);

        Assert.Multiple(() =>
        {
            Assert.That(monthly.Indicators.Overdue, Is.EqualTo(1));
            Assert.That(Ids(monthly.Overdue), Is.EqualTo(new[] { _q.State.Id }));
            Assert.That(Ids(monthly.Overdue), Is.EqualTo(Ids(weekly.Overdue)));
        });
    }

    [Test]
    public void Briefs_EarlierCaseStillOverdue_ListedApartAsStillOverdue()
    {
        var weekly = Briefs.Weekly(_records, "governance", Week, CaseScenario.Definition, AsOf);
        var monthly = Briefs.Monthly(_records, March, CaseScenario.Definition, AsOf);

        Assert.Multiple(() =>
        {
            Assert.That(Ids(weekly.StillOverdue), Is.EqualTo(new[] { _p.State.Id }));
            Assert.That(Ids(monthly.StillOverdue), Is.EqualTo(new[] { _p.State.Id }));
            Assert.That(Ids(weekly.Overdue), Does.Not.Contain(_p.State.Id), "not received in the week");
        });
    }

    [Test]
    public void Briefs_UnsignedAssignmentPastItsSignForDeadline_SignForLateNotOverdue()
    {
        var weekly = Briefs.Weekly(_records, "governance", Week, CaseScenario.Definition, AsOf);
        var monthly = Briefs.Monthly(_records, March, CaseScenario.Definition, AsOf);
        var r = weekly.Cases.Single(c => c.Case.Id == _r.State.Id);

        Assert.Multiple(() =>
        {
            Assert.That((r.Overdue, r.OverdueNow, r.SignForLateNow, r.SignForLate), Is.EqualTo((false, false, true, 1)));
            Assert.That(Ids(weekly.SignForLate), Is.EqualTo(new[] { _r.State.Id }));
            Assert.That(Ids(monthly.SignForLate), Is.EqualTo(new[] { _r.State.Id }));
            Assert.That(weekly.Indicators.SignForLate, Is.EqualTo(1));
            Assert.That(Ids(weekly.Overdue).Concat(Ids(weekly.StillOverdue)), Does.Not.Contain(_r.State.Id));
        });
    }

    [Test]
    public void Indicators_CaseWithTheCounty_OutOfTheResolutionRatesDenominator()
    {
        var week = Briefs.Weekly(_records, "governance", Week, CaseScenario.Definition, AsOf).Indicators;

        // Valid: Q, R, S, T; S is with the county; T closed: 1 ÷ (4 − 1).
        Assert.Multiple(() =>
        {
            Assert.That((week.Valid, week.WithCounty, week.Closed), Is.EqualTo((4, 1, 1)));
            Assert.That(week.ResolutionRate, Is.EqualTo(1.0 / 3).Within(1e-9));
        });
    }

    [Test]
    public void Monthly_Territorial_RanksTheAgenciesOverTheMonthsCases()
    {
        // No agency led or co-handled a case of March (the mediation committee is no dispatched agency): none scored or ranked.
        var monthly = Briefs.Monthly(_records, March, CaseScenario.Definition, AsOf);

        Assert.Multiple(() =>
        {
            Assert.That(monthly.Territorial.Select(r => r.Agency), Is.EquivalentTo(new[] { "police-station", "justice-office", "enforcement-squad", "land-resources-station", "market-supervision-station" }));
            Assert.That(monthly.Territorial.Select(r => r.Rank), Has.All.Null);
        });
    }
}
