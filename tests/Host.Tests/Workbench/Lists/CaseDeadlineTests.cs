using CaseFlow.Engine.Cases;
using CaseFlow.Host.Workbench.Lists;

namespace CaseFlow.Host.Tests.Workbench.Lists;

public sealed class CaseDeadlineTests
{
    [Test]
    public void Of_ACaseAwaitingSignFor_IsItsSignForDeadlineCountedInWorkingTime()
    {
        // Assigned on a Monday morning: the policy gives a normal case 4 working hours to be signed for.
        var assigned = ListScenario.Assigned();

        var deadline = CaseDeadline.Of(assigned.State, ListScenario.Definition, assigned.Now.AddMinutes(1));

        Assert.That(deadline!.Kind, Is.EqualTo(DeadlineKind.SignFor));
        Assert.That(deadline.WorkingTimeLeft, Is.EqualTo(TimeSpan.FromHours(4) - TimeSpan.FromMinutes(1)));
        Assert.That(deadline.WorkingTimeOver, Is.EqualTo(TimeSpan.Zero));
        Assert.That(deadline.IsOverdue, Is.False);
    }

    [Test]
    public void Of_ACaseSignedFor_IsItsHandlingDeadlineAndCountsOnlyWorkingHoursOnceOver()
    {
        var assigned = ListScenario.Assigned("public-security-hazard");
        var signed = assigned.Then(Triggers.SignFor, actor: assigned.State.LeadOffice);
        var due = signed.State.HandlingDeadline!.Value;

        // The deadline falls at the close of a working day (17:30); the evening and night after it are not working time.
        var nextMorning = ListScenario.Definition.Calendar!.Local(due).Date.AddDays(1).AddHours(9);
        var deadline = CaseDeadline.Of(signed.State, ListScenario.Definition, new DateTimeOffset(nextMorning, TimeSpan.FromHours(8)));

        Assert.That(deadline!.Kind, Is.EqualTo(DeadlineKind.Handling));
        Assert.That(deadline.At, Is.EqualTo(due));
        Assert.That(deadline.IsOverdue, Is.True);
        Assert.That(deadline.WorkingTimeOver, Is.EqualTo(TimeSpan.FromMinutes(30)), "08:30 to 09:00 of the next working day");
    }

    [Test]
    public void Of_ACaseNotYetAssigned_IsNull()
    {
        Assert.That(CaseDeadline.Of(ListScenario.Submitted().State, ListScenario.Definition, ListScenario.Start), Is.Null);
    }
}
