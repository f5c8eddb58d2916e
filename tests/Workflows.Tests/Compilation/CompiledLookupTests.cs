using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Conditions;

namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>
/// The tables a compiled definition answers the hot path from (positions, what a position names, the workflow running beside,
/// transitions by state and trigger) agree with the declaration searched the slow way, for every workflow, state and trigger of
/// the repository's definition.
/// </summary>
public class CompiledLookupTests
{
    private static readonly CompiledDefinition Definition = CompiledDefinition.LoadFile(RepositoryFiles.DefinitionPath);

    [Test]
    public void Position_AndPlaceOf_RoundTripEveryDeclaredState()
    {
        var wrong = new List<string>();
        foreach (var workflow in Definition.Definition.Workflows)
        {
            foreach (var state in workflow.States)
            {
                var position = Definition.Position(workflow.Id, state.Id);
                var place = Definition.PlaceOf(position);
                if (position != workflow.Id + "." + state.Id || place != new Place(workflow.Id, state.Id, state.Final)
                    || !ReferenceEquals(position, Definition.Position(workflow.Id, state.Id)))
                {
                    wrong.Add($"{workflow.Id}.{state.Id}: {position} → {place}");
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(wrong, Is.Empty);
            Assert.That(Definition.Definition.Workflows.SelectMany(w => w.States).Count(s => s.Final), Is.GreaterThan(0), "some state is final, so Final is tested both ways");
        });
    }

    [Test]
    public void PlaceOf_APositionThisVersionDoesNotDeclare_IsSplitAtItsFirstDotAndNotFinal()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Definition.PlaceOf("retired.Gone.Away"), Is.EqualTo(new Place("retired", "Gone.Away", false)));
            Assert.That(Definition.Position("retired", "Gone"), Is.EqualTo("retired.Gone"));
        });
    }

    [Test]
    public void BesideDeclaring_IsTheFirstWorkflowRunningBesideAnotherThatDeclaresTheTrigger()
    {
        var triggers = Definition.Definition.Workflows.SelectMany(w => w.Triggers).Append("no-such-trigger").Distinct().ToList();
        var wrong = triggers
            .Select(t => (Trigger: t, Expected: Definition.Workflows.Values.FirstOrDefault(w => w.Definition.RunsBeside is not null && w.Declares(t)), Actual: Definition.BesideDeclaring(t)))
            .Where(x => !ReferenceEquals(x.Expected, x.Actual))
            .Select(x => $"{x.Trigger}: expected {x.Expected?.Id ?? "none"}, got {x.Actual?.Id ?? "none"}")
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(wrong, Is.Empty);
            Assert.That(triggers.Count(t => Definition.BesideDeclaring(t) is not null), Is.GreaterThan(0), "some trigger belongs to a workflow running beside");
        });
    }

    [Test]
    public void BesideOf_IsTheWorkflowDeclaringThatItRunsBesideIt()
    {
        foreach (var workflow in Definition.Workflows.Values)
        {
            var expected = Definition.Workflows.Values.FirstOrDefault(w => w.Definition.RunsBeside == workflow.Id);
            Assert.That(Definition.BesideOf(workflow.Id), Is.SameAs(expected), workflow.Id);
        }
    }

    [Test]
    public void TransitionsFrom_AreTheDeclaredTransitionsOnThatTriggerFromThatState_InOrder()
    {
        var wrong = new List<string>();
        foreach (var workflow in Definition.Workflows.Values)
        {
            foreach (var state in workflow.Definition.States)
            {
                foreach (var trigger in workflow.Definition.Triggers)
                {
                    var expected = workflow.Definition.Transitions.Where(t => t.From == state.Id && t.Trigger == trigger).ToList();
                    if (!workflow.TransitionsFrom(state.Id, trigger).SequenceEqual(expected))
                    {
                        wrong.Add($"{workflow.Id}.{state.Id} on {trigger}");
                    }
                }
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Fire_OnATriggerTheStateDoesNotTake_IsRefusedWithWhatIsPermitted_AndTheMachineStillFiresAfterwards()
    {
        // Any state with a transition whose trigger has no transition from some other state of the same workflow.
        var (workflow, taken, refusedIn) = Definition.Workflows.Values
            .SelectMany(w => w.Definition.Transitions.Where(t => t.Guard is null)
                .SelectMany(t => w.Definition.States.Where(s => !w.Definition.Transitions.Any(u => u.From == s.Id && u.Trigger == t.Trigger))
                    .Select(s => (Workflow: w, Taken: t, RefusedIn: s.Id))))
            .First();
        var facts = new NoFacts();

        var refused = workflow.Fire(refusedIn, taken.Trigger, facts);
        var fired = workflow.Fire(taken.From, taken.Trigger, facts);

        Assert.Multiple(() =>
        {
            Assert.That(refused.IsPermitted, Is.False);
            Assert.That(refused.Refusal, Does.Contain($"'{taken.Trigger}' cannot be applied in {workflow.Id}.{refusedIn}: it is not permitted there"));
            Assert.That(fired.IsPermitted, Is.True, fired.Refusal);
            Assert.That(fired.Transition!.From, Is.EqualTo(taken.From));
        });
    }

    private sealed class NoFacts : IFacts
    {
        public object? Read(string field) => null;
    }
}
