using System.Text.Json.Nodes;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using CaseFlow.Domain.Tests.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Domain.Tests.Supervision;

/// <summary>The pure plan: which timers a case has after each step, from its state and pinned definition alone.</summary>
public class SupervisionScheduleTests
{
    private static readonly Lazy<CompiledDefinition> Unsupervised = new(() =>
    {
        var root = JsonNode.Parse(File.ReadAllText(WorkflowsFile.Path))!.AsObject();
        root.Remove("calendar");
        root.Remove("supervision");
        root.Remove("assessment");
        foreach (var category in root["categories"]!.AsArray())
        {
            category!.AsObject().Remove("urgentDeadline");
        }

        return CompiledDefinition.Parse(root.ToJsonString());
    });

    [Test]
    public void Plan_SignedForCase_WarnsAndMarksOverdueOnly()
    {
        var state = CaseScenario.SignedFor().State;

        var plan = SupervisionSchedule.Plan(state, CaseScenario.Definition);

        Assert.That(plan.Select(t => (t.Kind, t.SetAtVersion)), Is.EquivalentTo(new[] { (TimerKinds.Warn, state.Version), (TimerKinds.Overdue, state.Version) }));
        Assert.That(plan.Single(t => t.Kind == TimerKinds.Overdue).DueAt, Is.EqualTo(state.HandlingDeadline));
    }

    [Test]
    public void Plan_AssignedCase_WaitsForTheSignForThenTheFirstRungOfTheLadder()
    {
        var state = CaseScenario.Assigned().State;

        var plan = SupervisionSchedule.Plan(state, CaseScenario.Definition);

        // Assigned on Monday 3 March 2025: the ladder's first rung is the close of the working day after the sign-for deadline's.
        Assert.That(plan.Select(t => (t.Kind, t.DueAt)), Is.EqualTo(new[]
        {
            (TimerKinds.SignForOverdue, state.SignForDeadline!.Value),
            ("signForEscalate", new DateTimeOffset(2025, 3, 4, 17, 30, 0, TimeSpan.FromHours(8))),
        }));
    }

    [Test]
    public void Plan_AssignedCaseOnceEscalated_StopsUrgingAndWaitsForTheNextRung()
    {
        var state = CaseScenario.Assigned().State with { Escalations = 1, LastUrgedAt = new DateTimeOffset(2025, 3, 3, 16, 0, 0, TimeSpan.FromHours(8)) };

        var plan = SupervisionSchedule.Plan(state, CaseScenario.Definition);

        // Monday's deadline + 1 working day (Tuesday 17:30) + 2 working days: Thursday 6 March 17:30.
        Assert.That(plan.Select(t => (t.Kind, t.DueAt)), Is.EqualTo(new[] { ("signForEscalate", new DateTimeOffset(2025, 3, 6, 17, 30, 0, TimeSpan.FromHours(8))) }));
    }

    [Test]
    public void Plan_CompletedCase_HasNoTimers() =>
        Assert.That(SupervisionSchedule.Plan(CaseScenario.FedBack().State, CaseScenario.Definition), Is.Empty);

    [Test]
    public void Plan_DefinitionWithoutCalendarOrSupervision_HasNoTimers()
    {
        var state = CaseScenario.SignedFor().State with { HandlingDeadline = DateTimeOffset.UnixEpoch };

        Assert.That(SupervisionSchedule.Plan(state, Unsupervised.Value), Is.Empty);
    }

    [Test]
    public void HandlingDeadline_DefinitionWithoutCalendar_IsNone() =>
        Assert.That(SupervisionSchedule.HandlingDeadline(CaseScenario.Assigned().State, Unsupervised.Value, DateTimeOffset.UnixEpoch), Is.Null);

    [Test]
    public void HandlingDeadline_UrgentCase_UsesTheCategorysUrgentDeadlineInHours()
    {
        var urgent = CaseScenario.Assigned("sudden-incident").State with { Priority = "urgent" };
        var monday = new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

        Assert.That(SupervisionSchedule.HandlingDeadline(urgent, CaseScenario.Definition, monday), Is.EqualTo(monday.AddHours(2)));
    }

    [Test]
    public void Decide_SignForUnderAnUnsupervisedDefinition_SetsNoDeadline()
    {
        var state = CaseScenario.Assigned().State;
        var command = new CaseCommand { Trigger = Triggers.SignFor, CaseId = state.Id, Actor = "mediation-committee" };

        var decision = CaseDecider.Decide(state, command, Unsupervised.Value, DateTimeOffset.UnixEpoch);

        Assert.That(decision.Events.Single().Payload.Deadline, Is.Null);
    }
}
