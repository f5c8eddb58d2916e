using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Cases;

public class CaseDeciderTriggerDataTests
{
    [TestCase(null)]
    [TestCase("  ")]
    public void Return_WithoutReason_IsRejectedNamingReason(string? reason)
    {
        var scenario = CaseScenario.Assigned("illegal-construction");

        var decision = scenario.Try(Triggers.Return, new CasePayload { Reason = reason }, "demolition-office");

        AssertRejectedOn(decision, "reason");
    }

    [Test]
    public void Complete_WithoutResult_IsRejectedNamingResult()
    {
        var scenario = CaseScenario.SignedFor().Then(Triggers.ReportProgress, new CasePayload { Note = "visited both households" });

        var decision = scenario.Try(Triggers.Complete, CasePayload.Empty, "mediation-committee");

        AssertRejectedOn(decision, "result");
    }

    [TestCase(null)]
    [TestCase("excellent")]
    public void Rate_NotARating_IsRejectedListingTheRatings(string? rating)
    {
        var scenario = CaseScenario.FedBack().Then(Triggers.RecordFeedback, new CasePayload { Feedback = "confirmed" });

        var decision = scenario.Try(Triggers.Rate, new CasePayload { Rating = rating });

        AssertRejectedOn(decision, "rating");
        Assert.That(decision.Problems[0].Message, Does.Contain("satisfied").And.Contain("basicallySatisfied").And.Contain("dissatisfied"));
    }

    [TestCase("satisfied")]
    [TestCase("basicallySatisfied")]
    [TestCase("dissatisfied")]
    public void Rate_EachRating_ClosesTheCase(string rating)
    {
        var scenario = CaseScenario.FedBack().Then(Triggers.RecordFeedback, new CasePayload { Feedback = "confirmed" });

        scenario.Then(Triggers.Rate, new CasePayload { Rating = rating });

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Position, Is.EqualTo("assess.Closed"));
            Assert.That(scenario.State.Rating, Is.EqualTo(rating));
            Assert.That(scenario.State.IsFinal, Is.True);
            Assert.That(scenario.State.ClosedAt, Is.Not.Null);
        });
    }

    [TestCase(null)]
    [TestCase("maybe")]
    public void RecordFeedback_NotAnOutcome_IsRejectedNamingOutcome(string? outcome)
    {
        var decision = CaseScenario.FedBack().Try(Triggers.RecordFeedback, new CasePayload { Feedback = outcome });

        AssertRejectedOn(decision, "outcome");
    }

    [Test]
    public void Assign_UnknownLeadOffice_IsRejectedListingOffices()
    {
        var scenario = CaseScenario.AwaitingDispatch().Then(Triggers.Dispatch);

        var decision = scenario.Try(Triggers.Assign, new CasePayload { LeadOffice = "weather-bureau" });

        AssertRejectedOn(decision, "leadOffice");
        Assert.That(decision.Problems[0].Message, Does.Contain("weather-bureau").And.Contain("mediation-committee"));
    }

    [Test]
    public void Assign_UnknownCoHandler_IsRejected()
    {
        var scenario = CaseScenario.AwaitingDispatch().Then(Triggers.Dispatch);

        var decision = scenario.Try(Triggers.Assign, new CasePayload { CoHandlers = ["police-station", "weather-bureau"] });

        AssertRejectedOn(decision, "coHandlers");
        Assert.That(decision.Problems[0].Message, Does.Contain("weather-bureau"));
    }

    [Test]
    public void Assign_LeadOfficeAlsoCoHandling_IsRejected()
    {
        var scenario = CaseScenario.AwaitingDispatch().Then(Triggers.Dispatch);

        var decision = scenario.Try(Triggers.Assign, new CasePayload { LeadOffice = "police-station", CoHandlers = ["police-station"] });

        AssertRejectedOn(decision, "coHandlers");
        Assert.That(decision.Problems[0].Message, Does.Contain("police-station"));
    }

    [Test]
    public void Assign_DefaultLeadOfficeAlsoNamedAsCoHandler_IsRejected()
    {
        var scenario = CaseScenario.AwaitingDispatch("neighbour-dispute").Then(Triggers.Dispatch);

        var decision = scenario.Try(Triggers.Assign, new CasePayload { CoHandlers = ["mediation-committee"] });

        AssertRejectedOn(decision, "coHandlers");
    }

    [Test]
    public void Assign_CoHandlerNamedTwice_IsRejected()
    {
        var scenario = CaseScenario.AwaitingDispatch().Then(Triggers.Dispatch);

        var decision = scenario.Try(Triggers.Assign, new CasePayload { CoHandlers = ["police-station", "police-station"] });

        AssertRejectedOn(decision, "coHandlers");
    }

    [Test]
    public void ReportCoHandling_OfficeThatIsNoCoHandler_IsForbiddenNamingTheCoHandlers()
    {
        var scenario = CaseScenario.SignedFor("neighbour-dispute", "police-station", "justice-office");

        var decision = scenario.Try(Triggers.ReportCoHandling, new CasePayload { Office = "fire-command" }, "fire-command");

        Assert.Multiple(() =>
        {
            Assert.That(decision.IsForbidden, Is.True);
            Assert.That(decision.Rejection, Does.Contain("'fire-command' (office) may not").And.Contain("coHandler").And.Contain("police-station, justice-office"));
        });
    }

    [Test]
    public void ReportCoHandling_ForAnotherCoHandler_IsRejectedNamingOffice()
    {
        var scenario = CaseScenario.SignedFor("neighbour-dispute", "police-station", "justice-office");

        var decision = scenario.Try(Triggers.ReportCoHandling, new CasePayload { Office = "justice-office" }, "police-station");

        AssertRejectedOn(decision, "office");
        Assert.That(decision.Problems[0].Message, Does.Contain("office must be 'police-station'"));
    }

    [Test]
    public void ReportCoHandling_CoHandlerThatAlreadyReported_IsRejected()
    {
        var scenario = CaseScenario.SignedFor("neighbour-dispute", "police-station", "justice-office")
            .Then(Triggers.ReportCoHandling, new CasePayload { Office = "police-station", Note = "patrols doubled" }, "police-station");

        var decision = scenario.Try(Triggers.ReportCoHandling, new CasePayload { Office = "police-station" }, "police-station");

        AssertRejectedOn(decision, "office");
        Assert.That(decision.Problems[0].Message, Does.Contain("justice-office"));
    }

    [Test]
    public void ReportCoHandling_WithoutOffice_RecordsTheCoHandlerThatSentIt()
    {
        var decision = CaseScenario.SignedFor("neighbour-dispute", "police-station").Try(Triggers.ReportCoHandling, CasePayload.Empty, "police-station");

        Assert.That(decision.Events.Single().Payload.Office, Is.EqualTo("police-station"));
    }

    [Test]
    public void RequestExtension_WithoutReasonOrDays_NamesBoth()
    {
        var scenario = CaseScenario.SignedFor().Then(Triggers.ReportProgress, new CasePayload { Note = "first visit" });

        var decision = scenario.Try(Triggers.RequestExtension, CasePayload.Empty, "mediation-committee");

        Assert.That(decision.Problems.Select(p => p.Field), Is.EquivalentTo(new[] { "reason", "workingDays" }));
        Assert.That(decision.Events, Is.Empty);
    }

    private static void AssertRejectedOn(Decision decision, string field) => Assert.Multiple(() =>
    {
        Assert.That(decision.IsAccepted, Is.False, "the command should be rejected");
        Assert.That(decision.Events, Is.Empty);
        Assert.That(decision.Problems.Select(p => p.Field), Is.EqualTo(new[] { field }));
    });
}
