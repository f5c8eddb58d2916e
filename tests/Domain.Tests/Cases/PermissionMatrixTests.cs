using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Domain.Tests.Cases;

/// <summary>
/// Every transition of workflows.json against every kind of position: a command is forbidden exactly when the transition's
/// <c>by</c> does not admit the sender. The expected answer comes from this test's own reading of the roles, not from the engine.
/// </summary>
public class PermissionMatrixTests
{
    // A governance case (coordinated by the deputy secretary) led by the mediation committee with the police as co-handler, in grid-1.
    private const string Coordinator = "deputy-secretary";
    private const string LeadOffice = "mediation-committee";
    private const string CoHandler = "police-station";

    /// <summary>One sender of each kind, relative to the case above, with the roles that admit it.</summary>
    private static readonly (string Name, string Actor, bool WithTimer, string[] AdmittedBy)[] Senders =
    [
        ("the command room", "command-room", false, ["commandRoom"]),
        ("the case's platform coordinator", Coordinator, false, ["platformCoordinator", "leader"]),
        ("another leader", "armed-forces-head", false, ["leader"]),
        ("the lead office", LeadOffice, false, ["leadOffice"]),
        ("a co-handler", CoHandler, false, ["coHandler"]),
        ("an office with no part in the case", "fire-command", false, []),
        ("the case's grid member", "grid-member-1", false, ["gridMember"]),
        ("another grid member", "grid-member-2", false, []),
        ("the county 12345 system", "county-12345", false, ["county"]),
        ("an intake system", "shi-an-tong", false, ["intakeSystem"]),
        ("the reporter", "reporter", false, ["reporter"]),
        ("the timer pump firing a timer", "system", true, ["system"]),
        ("the timer pump's name without a timer", "system", false, []),
        ("a name the organisation does not declare", "mallory", false, []),
    ];

    private static IEnumerable<TestCaseData> Matrix()
    {
        foreach (var workflow in WorkflowsFile.Definition.Definition.Workflows)
        {
            foreach (var transition in workflow.Transitions)
            {
                foreach (var sender in Senders)
                {
                    var admitted = transition.By.Any(sender.AdmittedBy.Contains);
                    yield return new TestCaseData(workflow.Id, transition, sender.Actor, sender.WithTimer, admitted)
                        .SetName($"{workflow.Id}: {transition.From} --{transition.Trigger}--> {transition.To} by {sender.Name} is {(admitted ? "allowed" : "forbidden")}");
                }
            }
        }
    }

    [TestCaseSource(nameof(Matrix))]
    public void Decide_TransitionBySender_IsForbiddenExactlyWhenItsByDoesNotAdmitTheSender(string workflow, TransitionDefinition transition, string actor, bool withTimer, bool admitted)
    {
        var state = CaseIn(workflow, transition.From);
        var payload = withTimer ? new CasePayload { Timer = "warn", DueAt = state.SignedForAt } : CasePayload.Empty;

        var decision = CaseDecider.Decide(state, new CaseCommand { Trigger = transition.Trigger, CaseId = state.Id, Actor = actor, Payload = payload }, WorkflowsFile.Definition, state.SignedForAt!.Value.AddHours(1));

        Assert.That(decision.IsForbidden, Is.EqualTo(!admitted), () => decision.Rejection ?? "accepted");
        if (!admitted)
        {
            Assert.That(decision.Rejection, Does.Contain(transition.By.All(r => r == "system") ? "timer pump" : $"may be sent only by {transition.By[0]}"));
        }
    }

    [Test]
    public void Matrix_CoversEveryTransitionOfTheDefinition()
    {
        var transitions = WorkflowsFile.Definition.Definition.Workflows.Sum(w => w.Transitions.Count);

        Assert.That(Matrix().Count(), Is.EqualTo(transitions * Senders.Length));
    }

    /// <summary>The case above, placed in a state of a workflow (and, for the workflow that runs beside handling, beside it).</summary>
    private static CaseState CaseIn(string workflow, string state)
    {
        var definition = WorkflowsFile.Definition;
        var beside = definition.Workflows[workflow].Definition.RunsBeside;
        var signedFor = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
        var final = definition.Workflows[workflow].Definition.States.Single(s => s.Id == state).Final;
        return new CaseState
        {
            Id = Guid.NewGuid(),
            ClientKey = "matrix",
            Jurisdiction = "township",
            SubmittedAt = signedFor.AddHours(-2),
            DefinitionVersion = 1,
            Version = 5,
            Workflow = beside ?? workflow,
            State = beside is null ? state : definition.Workflows[beside].Definition.Initial,
            Supervision = beside is null ? null : state,
            IsFinal = final,
            Category = "neighbour-dispute",
            Channel = "grid",
            Grid = "grid-1",
            Village = "village-1",
            Platform = "governance",
            LeadOffice = LeadOffice,
            CoHandlers = [new CoHandler(CoHandler, false)],
            SignedForAt = signedFor,
        };
    }
}
