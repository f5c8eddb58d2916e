using CaseFlow.Domain.Tests.Cases;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Assessment;

/// <summary>
/// Each act charged to the office that did it at the time (docs/assessment.md, "Offices and agencies"): scripted histories of a
/// neighbour dispute (governance platform, lead office by default the mediation committee; 4 working hours to sign for, 10 working
/// days to handle; working hours 08:30–12:00 and 14:00–17:30), every expected number worked out from the script.
/// </summary>
public class OfficeAttributionTests
{
    private const string Mediation = "mediation-committee";
    private const string Justice = "justice-office";

    private static AssessedCase Read(CaseScenario scenario, TimeSpan? after = null) =>
        CaseAssessor.Assess(new CaseRecord(scenario.State, scenario.History), CaseScenario.Definition, scenario.History[^1].At + (after ?? TimeSpan.FromMinutes(1)));

    private static IndicatorSet Row(AssessedCase c, string office) =>
        IndicatorReport.By(Dimensions.Office, [c], CaseScenario.Definition).Single(r => r.Key == office).Indicators;

    /// <summary>Assigned to the mediation committee Mon 09:04, returned by it at once, then led by the justice office, signed for and completed.</summary>
    private static CaseScenario ReturnedThenHandledByAnother() =>
        CaseScenario.Assigned()
            .Then(Triggers.Return, new CasePayload { Reason = "属司法所职责" }, Mediation)
            .Then(Triggers.Dispatch)
            .Then(Triggers.Assign, new CasePayload { LeadOffice = Justice })
            .Then(Triggers.SignFor, actor: Justice)
            .Then(Triggers.Complete, new CasePayload { Result = "已调解" });

    /// <summary>
    /// Assigned to the mediation committee Mon 3 Mar 09:04 (sign for by 15:04), signed for a day later (late), completed; disputed
    /// by the reporter, reopened and assigned to the justice office, which signs for at once (in time).
    /// </summary>
    private static CaseScenario SignedForLateThenReassigned() =>
        CaseScenario.Assigned()
            .Wait(TimeSpan.FromDays(1))
            .Then(Triggers.SignFor, actor: Mediation)
            .Then(Triggers.Complete, new CasePayload { Result = "已调解" })
            .Then(Triggers.FeedBack, new CasePayload { Note = "已调解，请确认" })
            .Then(Triggers.RecordFeedback, new CasePayload { Feedback = "disputed" }, "reporter")
            .Then(Triggers.Dispatch)
            .Then(Triggers.Assign, new CasePayload { LeadOffice = Justice })
            .Then(Triggers.SignFor, actor: Justice);

    [Test]
    public void Assess_ReturnedByOneOfficeHandledByAnother_ReturnChargedToTheOneThatReturned()
    {
        var c = Read(ReturnedThenHandledByAnother());
        var mediation = c.Offices.Single(o => o.Office == Mediation);
        var justice = c.Offices.Single(o => o.Office == Justice);

        Assert.Multiple(() =>
        {
            Assert.That(c.Returns, Is.EqualTo(1));
            Assert.That(c.Offices.Select(o => (o.Office, o.Role)), Is.EqualTo(new[] { (Mediation, OfficePart.Lead), (Justice, OfficePart.Lead) }), "in the order each first took part");
            Assert.That((mediation.Returns, justice.Returns), Is.EqualTo((1, 0)));
            Assert.That((mediation.Completions, justice.Completions), Is.EqualTo((0, 1)), "the justice office handled the round");
            Assert.That(mediation.AssignmentsDue, Is.Zero, "returned before its sign-for deadline: not counted");
            Assert.That((mediation.AnswersForOutcome, justice.AnswersForOutcome), Is.EqualTo((false, true)));
            Assert.That((Row(c, Mediation).Returns, Row(c, Justice).Returns), Is.EqualTo((1, 0)));
            Assert.That((Row(c, Mediation).Received, Row(c, Justice).Received), Is.EqualTo((1, 1)), "both took part");
            Assert.That((Row(c, Mediation).Completed, Row(c, Justice).Completed), Is.EqualTo((0, 1)));
        });
    }

    [Test]
    public void Assess_SignedForLateByOneOfficeInTimeByTheNext_OnlyTheLateOnesResponseRateFalls()
    {
        var c = Read(SignedForLateThenReassigned());

        Assert.Multiple(() =>
        {
            Assert.That((c.AssignmentsDue, c.SignedForInTime, c.SignForLate), Is.EqualTo((2, 1, 1)));
            Assert.That(c.LeadOffice, Is.EqualTo(Justice), "the last lead office");
            Assert.That(Row(c, Mediation).ResponseRate, Is.EqualTo(0.0), "its one assignment signed for late");
            Assert.That(Row(c, Mediation).SignForLate, Is.EqualTo(1));
            Assert.That(Row(c, Justice).ResponseRate, Is.EqualTo(1.0), "its one assignment signed for in time");
            Assert.That(Row(c, Justice).SignForLate, Is.Zero);
            Assert.That(IndicatorSet.Of([c]).ResponseRate, Is.EqualTo(0.5), "the township counts both assignments");
        });
    }

    [Test]
    public void Assess_HandlingTimeOfARound_ChargedToTheOfficeThatHandledIt()
    {
        // The mediation committee signed for at Tue 4 Mar 09:05 and completed at 09:06: one working minute. The justice office's
        // round is open: no handling time, no completion.
        var c = Read(SignedForLateThenReassigned());

        Assert.Multiple(() =>
        {
            Assert.That(c.Offices.Single(o => o.Office == Mediation).HandlingTime, Is.EqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(c.Offices.Single(o => o.Office == Justice).HandlingTime, Is.EqualTo(TimeSpan.Zero));
            Assert.That((Row(c, Mediation).CompletedRounds, Row(c, Justice).CompletedRounds), Is.EqualTo((1, 0)));
            Assert.That(Row(c, Mediation).MeanHandlingHours, Is.EqualTo(1.0 / 60).Within(1e-9));
            Assert.That(Row(c, Justice).MeanHandlingHours, Is.Null);
        });
    }

    [Test]
    public void Assess_RoundPastItsDeadline_OverdueChargedToTheOfficeLeadingThatRound()
    {
        // The mediation committee signs for Mon 3 Mar 09:05 (handling deadline ten working days on, 17 Mar 09:05) and completes
        // three weeks later: late. Disputed, the justice office leads the next round, signed for at once.
        var scenario = CaseScenario.Assigned()
            .Then(Triggers.SignFor, actor: Mediation)
            .Wait(TimeSpan.FromDays(21))
            .Then(Triggers.Complete, new CasePayload { Result = "已调解" })
            .Then(Triggers.FeedBack, new CasePayload { Note = "已调解，请确认" })
            .Then(Triggers.RecordFeedback, new CasePayload { Feedback = "disputed" }, "reporter")
            .Then(Triggers.Dispatch)
            .Then(Triggers.Assign, new CasePayload { LeadOffice = Justice })
            .Then(Triggers.SignFor, actor: Justice);
        var soon = Read(scenario);
        var weeksOn = Read(scenario, TimeSpan.FromDays(30));

        Assert.Multiple(() =>
        {
            Assert.That((Row(soon, Mediation).Overdue, Row(soon, Justice).Overdue), Is.EqualTo((1, 0)), "the late round was the mediation committee's");
            Assert.That(Row(soon, Mediation).OnTimeRate, Is.EqualTo(0.0));
            Assert.That(Row(soon, Justice).OnTimeRate, Is.Null, "nothing of its own to rate yet");
            Assert.That((Row(weeksOn, Mediation).Overdue, Row(weeksOn, Justice).Overdue), Is.EqualTo((1, 1)), "a month on, its own round is open past its deadline");
            Assert.That(weeksOn.OverdueNow, Is.True);
        });
    }

    [Test]
    public void Assess_CoHandler_CountedWithItsRoleNotAnsweringForTheOutcome()
    {
        var scenario = CaseScenario.SignedFor("neighbour-dispute", Justice)
            .Then(Triggers.ReportCoHandling, new CasePayload { Office = Justice }, Justice)
            .Then(Triggers.Complete, new CasePayload { Result = "已调解" })
            .Then(Triggers.FeedBack, new CasePayload { Note = "已调解，请确认" })
            .Then(Triggers.RecordFeedback, new CasePayload { Feedback = "confirmed" }, "reporter")
            .Then(Triggers.Rate, new CasePayload { Rating = "satisfied" }, "reporter");
        var c = Read(scenario);

        Assert.Multiple(() =>
        {
            Assert.That((Row(c, Mediation).AsLead, Row(c, Mediation).AsCoHandler, Row(c, Mediation).Closed), Is.EqualTo((1, 0, 1)));
            Assert.That((Row(c, Justice).AsLead, Row(c, Justice).AsCoHandler, Row(c, Justice).Closed), Is.EqualTo((0, 1, 0)));
            Assert.That((Row(c, Justice).Received, Row(c, Justice).ResolutionRate), Is.EqualTo((1, (double?)null)), "took part; the lead answers for the outcome");
        });
    }

    [Test]
    public void Assess_SentBackByTheCounty_CountedApartAndNotAReturn()
    {
        var atCounty = CaseScenario.AwaitingDispatch().Then(Triggers.EscalateToCounty, new CasePayload { Reason = "属县医保局职责" });
        var withCounty = Read(atCounty);
        var scenario = atCounty
            .Then(Triggers.CountySendBack, new CasePayload { Reason = "属乡镇职责" })
            .Then(Triggers.Dispatch)
            .Then(Triggers.Assign);
        var c = Read(scenario);
        var township = IndicatorSet.Of([c]);

        Assert.Multiple(() =>
        {
            Assert.That((withCounty.WithCounty, IndicatorSet.Of([withCounty]).WithCounty), Is.EqualTo((true, 1)));
            Assert.That(IndicatorSet.Of([withCounty]).ResolutionRate, Is.Null, "its only valid case is with the county: nothing for the township to rate");
            Assert.That((c.SentBackByCounty, c.Returns, c.WithCounty), Is.EqualTo((1, 0, false)));
            Assert.That((township.SentBackByCounty, township.Returns), Is.EqualTo((1, 0)));
            Assert.That(scenario.State.Returns, Is.Zero, "not counted toward the supervision policy's returns limit");
            Assert.That(c.Offices.Sum(o => o.Returns), Is.Zero);
        });
    }

    [Test]
    public void Then_SendBackRecordedWithTheReturnEffect_ReadAsASendBack()
    {
        // A send-back recorded before county.sentBack existed carried case.returned.
        var history = CaseScenario.AwaitingDispatch()
            .Then(Triggers.EscalateToCounty, new CasePayload { Reason = "属县医保局职责" })
            .Then(Triggers.CountySendBack, new CasePayload { Reason = "属乡镇职责" })
            .History
            .Select(e => e.Trigger == Triggers.CountySendBack ? e with { Effects = ["case.returned"] } : e);

        var facts = AssessmentFacts.None.Then(history);

        Assert.That((facts.SentBackByCounty, facts.Returns, facts.WithCounty), Is.EqualTo((1, 0, false)));
    }
}
