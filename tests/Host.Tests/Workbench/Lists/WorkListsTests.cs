using CaseFlow.Engine.Cases;
using CaseFlow.Host.Workbench.Lists;

namespace CaseFlow.Host.Tests.Workbench.Lists;

public sealed class WorkListsTests
{
    private static readonly Position CommandRoom = new(ActorKinds.CommandRoom, "command-room");
    private static readonly Position Mediation = new(ActorKinds.Office, "mediation-committee");
    private static readonly Position Police = new(ActorKinds.Office, "police-station");
    private static readonly Position DeputySecretary = new(ActorKinds.Leader, "deputy-secretary");
    private static readonly Position EconomyHead = new(ActorKinds.Leader, "deputy-head-economy");
    private static readonly Position PartySecretary = new(ActorKinds.Leader, "party-secretary");

    private static IReadOnlyList<WorkList> Lists(ListScenario scenario, Position position, DateTimeOffset? at = null) =>
        WorkLists.Of(scenario.State, position, ListScenario.Definition, at ?? scenario.Now);

    private static IEnumerable<WorkList> ToDo(ListScenario scenario, Position position) => Lists(scenario, position).Where(l => l.Kind == WorkListKind.ToDo);

    [Test]
    public void Of_ACaseJustReceived_PutsItOnTheCommandRoomsRegisterQueue()
    {
        var received = ListScenario.Submitted();

        Assert.That(ToDo(received, CommandRoom), Does.Contain(WorkList.ToDo(Triggers.Register, "receive.Submitted")));
        Assert.That(ToDo(received, Mediation), Is.Empty, "an office has nothing to do on a case not yet assigned to it");
    }

    [Test]
    public void Of_ACaseDispatchedToAPlatform_PutsItOnlyOnThatPlatformCoordinatorsAssignList()
    {
        var dispatched = ListScenario.Submitted().Then(Triggers.Register).Then(Triggers.Triage).Then(Triggers.Dispatch);

        Assert.That(ToDo(dispatched, DeputySecretary), Does.Contain(WorkList.ToDo(Triggers.Assign, "dispatch.AssignedToPlatform")));
        Assert.That(ToDo(dispatched, EconomyHead), Is.Empty, "the economy head coordinates another platform");
        Assert.That(ToDo(dispatched, CommandRoom).Select(l => l.Trigger), Does.Not.Contain(Triggers.Assign));
    }

    [Test]
    public void Of_ACaseAssignedToAnOffice_IsToSignForByThatOfficeAndNoOther()
    {
        var assigned = ListScenario.Assigned();

        Assert.That(ToDo(assigned, Mediation), Does.Contain(WorkList.ToDo(Triggers.SignFor, "dispatch.AssignedToOffice")));
        Assert.That(Lists(assigned, Mediation), Does.Contain(WorkList.InHand));
        Assert.That(Lists(assigned, Police), Is.Empty, "the police station neither handles nor may act on it");
    }

    [Test]
    public void Of_AReturnedCase_PutsItOnTheCommandRoomsListToDispatchAgainFromReturned()
    {
        var returned = ListScenario.Assigned().Then(Triggers.Return, new CasePayload { Reason = "不属本单位职责" });

        Assert.That(ToDo(returned, CommandRoom), Does.Contain(WorkList.ToDo(Triggers.Dispatch, "dispatch.Returned")));
        Assert.That(ToDo(returned, Mediation), Is.Empty);
    }

    [Test]
    public void Of_ACaseAwaitingSignFor_IsDueSoonOnlyInsideTheWarningWindowAndOverdueFromItsDeadline()
    {
        var assigned = ListScenario.Assigned();
        var deadline = assigned.State.SignForDeadline!.Value;

        var early = Lists(assigned, Mediation, assigned.Now.AddMinutes(30));
        var late = Lists(assigned, Mediation, deadline.AddMinutes(-10));
        var past = Lists(assigned, Mediation, deadline);

        Assert.That(early, Does.Not.Contain(WorkList.DueSoon).And.Not.Contain(WorkList.Overdue));
        Assert.That(late, Does.Contain(WorkList.DueSoon).And.Not.Contain(WorkList.Overdue));
        Assert.That(past, Does.Contain(WorkList.Overdue).And.Not.Contain(WorkList.DueSoon));
        Assert.That(Lists(assigned, CommandRoom, deadline), Does.Contain(WorkList.Overdue), "the command room sees every overdue case");
        Assert.That(Lists(assigned, Police, deadline), Does.Not.Contain(WorkList.Overdue));
    }

    [Test]
    public void Of_AnOverdueCaseEscalated_PutsItOnTheLeaderOfTheRungReachedOnly()
    {
        var assigned = ListScenario.Assigned();
        var escalated = assigned.Then(Triggers.SignFor, actor: assigned.State.LeadOffice)
            .Timer(Triggers.Warn).Timer(Triggers.MarkOverdue).Timer(Triggers.Escalate);

        Assert.That(Lists(escalated, DeputySecretary), Does.Contain(WorkList.Escalated), "the governance platform's coordinator is the first rung");
        Assert.That(Lists(escalated, PartySecretary), Does.Not.Contain(WorkList.Escalated), "the main leader is two rungs higher");
        Assert.That(Lists(escalated, Mediation), Does.Contain(WorkList.Overdue));
    }

    [Test]
    public void Of_AClosedCase_IsOnTheCommandRoomsCallbackListUntilACallReachedTheReporter()
    {
        var assigned = ListScenario.Assigned();
        var closed = assigned.Then(Triggers.SignFor, actor: assigned.State.LeadOffice)
            .Then(Triggers.Complete, new CasePayload { Result = "双方同意拆除铁皮棚" })
            .Then(Triggers.FeedBack, new CasePayload { Note = "已调解，铁皮棚将拆除。" })
            .Then(Triggers.RecordFeedback, new CasePayload { Feedback = "confirmed" }, "command-room")
            .Then(Triggers.Rate, new CasePayload { Rating = "satisfied" }, "command-room");
        var callback = WorkList.ToDo(Triggers.RecordCallback, "assess.Closed");

        Assert.That(ToDo(closed, CommandRoom), Does.Contain(callback));
        Assert.That(Lists(closed, CommandRoom), Does.Not.Contain(WorkList.InHand), "an ended case is in nobody's hands");

        var notReached = closed.Then(Triggers.RecordCallback, new CasePayload { Reached = false, CalledAt = closed.Now }, "command-room");
        Assert.That(ToDo(notReached, CommandRoom), Does.Contain(callback), "a call that did not reach the reporter leaves the callback due");

        var reached = notReached.Then(Triggers.RecordCallback, new CasePayload { Reached = true, CalledAt = notReached.Now }, "command-room");
        Assert.That(ToDo(reached, CommandRoom), Is.Empty);
    }

    [Test]
    public void Of_ASystemPosition_HasNoLists()
    {
        var received = ListScenario.Submitted();

        Assert.That(WorkLists.Of(received.State, new Position(ActorKinds.System, Positions.TimerPump), ListScenario.Definition, received.Now), Is.Empty);
    }

    [Test]
    public void Declares_AToDoListOfATransitionTheDefinitionHasNot_IsFalse()
    {
        Assert.That(WorkLists.Declares(WorkList.ToDo(Triggers.Register, "receive.Submitted"), ListScenario.Definition), Is.True);
        Assert.That(WorkLists.Declares(WorkList.ToDo(Triggers.SignFor, "receive.Submitted"), ListScenario.Definition), Is.False);
        Assert.That(WorkLists.Declares(WorkList.ToDo("Teleport", "receive.Nowhere"), ListScenario.Definition), Is.False);
    }

    [Test]
    public void Rank_ListsToDoInTheDefinitionsOrderBeforeTheDeadlineLists()
    {
        var register = WorkLists.Rank(WorkList.ToDo(Triggers.Register, "receive.Submitted"), ListScenario.Definition);
        var signFor = WorkLists.Rank(WorkList.ToDo(Triggers.SignFor, "dispatch.AssignedToOffice"), ListScenario.Definition);
        var overdue = WorkLists.Rank(WorkList.Overdue, ListScenario.Definition);

        Assert.That(register, Is.LessThan(signFor));
        Assert.That(signFor, Is.LessThan(overdue));
    }
}
