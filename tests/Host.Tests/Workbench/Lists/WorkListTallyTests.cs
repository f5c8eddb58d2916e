using CaseFlow.Engine.Cases;
using CaseFlow.Host.Workbench.Lists;

namespace CaseFlow.Host.Tests.Workbench.Lists;

public sealed class WorkListTallyTests
{
    [Test]
    public void Result_CountsEachCaseOnEveryListOfEveryPosition()
    {
        var commandRoom = new Position(ActorKinds.CommandRoom, "command-room");
        var mediation = new Position(ActorKinds.Office, "mediation-committee");
        var tally = new WorkListTally([commandRoom, mediation, new Position(ActorKinds.County, "county-12345")], ListScenario.Definition, ListScenario.Start.AddHours(1));

        tally.Add(ListScenario.Submitted().State);
        tally.Add(ListScenario.Submitted().State);
        tally.Add(ListScenario.Assigned().State);
        var result = tally.Result().ToDictionary(r => r.Position, r => r.Lists.ToDictionary(l => l.List, l => l.Count));

        Assert.That(result.Keys, Is.EquivalentTo(new[] { commandRoom, mediation }), "a system works no lists");
        Assert.That(result[commandRoom][WorkList.ToDo(Triggers.Register, "receive.Submitted")], Is.EqualTo(2));
        Assert.That(result[commandRoom][WorkList.InHand], Is.EqualTo(3));
        Assert.That(result[mediation][WorkList.ToDo(Triggers.SignFor, "dispatch.AssignedToOffice")], Is.EqualTo(1));
        Assert.That(result[mediation][WorkList.Overdue], Is.Zero, "the deadline lists are there even when empty");
        Assert.That(result[mediation].Keys, Does.Not.Contain(WorkList.ToDo(Triggers.Register, "receive.Submitted")));
    }
}
