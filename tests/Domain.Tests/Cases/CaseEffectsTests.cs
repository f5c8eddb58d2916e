using CaseFlow.Engine.Cases.Effects;
using CaseFlow.Workflows;

namespace CaseFlow.Domain.Tests.Cases;

/// <summary>The registry of effects against the catalogue and the definitions: no effect named without its implementation, nor the reverse.</summary>
[TestFixture]
public sealed class CaseEffectsTests
{
    [Test]
    public void Mismatches_TheEngineAgainstTheCatalogue_NoneAndOneImplementationEach() =>
        Assert.Multiple(() =>
        {
            Assert.That(CaseEffects.Mismatches(CaseEffects.All, Catalogue.Effects.Keys), Is.Empty);
            Assert.That(CaseEffects.All.Select(e => e.Name), Is.EquivalentTo(Catalogue.Effects.Keys));
            Assert.DoesNotThrow(CaseEffects.EnsureMatchesCatalogue);
        });

    [Test]
    public void Mismatches_CatalogueNamesAnEffectNobodyImplements_SaysWhichAndWhatToAdd()
    {
        var problems = CaseEffects.Mismatches(CaseEffects.All, [.. Catalogue.Effects.Keys, "case.archived"]);

        Assert.That(problems, Is.EqualTo(new[]
        {
            "the catalogue names effect 'case.archived' but the engine has no implementation of it (add a class implementing ICaseEffect and register it in CaseEffects)",
        }));
    }

    [Test]
    public void Mismatches_ImplementationOfAnEffectTheCatalogueLacks_SaysWhich()
    {
        var problems = CaseEffects.Mismatches(CaseEffects.All, Catalogue.Effects.Keys.Where(k => k != "clock.start"));

        Assert.That(problems, Is.EqualTo(new[]
        {
            "the engine implements effect 'clock.start' but the catalogue does not name it (add it to Catalogue.Effects with what it does, or remove the implementation)",
        }));
    }

    [Test]
    public void Mismatches_EffectImplementedTwice_SaysSo()
    {
        var problems = CaseEffects.Mismatches([.. CaseEffects.All, CaseEffects.Of("case.closed")], Catalogue.Effects.Keys);

        Assert.That(problems, Is.EqualTo(new[] { "effect 'case.closed' is implemented 2 times; register one implementation" }));
    }

    [Test]
    public void Of_AnEffectTheEngineLacks_ThrowsNamingIt()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => CaseEffects.Of("case.archived"));

        Assert.That(thrown!.Message, Does.StartWith("effect 'case.archived' has no implementation in the engine; implemented: callback.overdue, callback.recorded"));
    }

    [Test]
    public void Unimplemented_WorkflowsJson_None() =>
        Assert.That(CaseEffects.Unimplemented(WorkflowsFile.Definition.Definition), Is.Empty);

    [Test]
    public void Unimplemented_ADefinitionUsingAnEffectTheEngineLacks_GivesItsJsonPath()
    {
        var definition = WorkflowsFile.Definition.Definition;
        var dispatch = definition.Workflows[1];
        var changed = definition with
        {
            Workflows = [definition.Workflows[0], dispatch with { Transitions = [dispatch.Transitions[0] with { Effects = ["notify.platform", "case.archived"] }, .. dispatch.Transitions.Skip(1)] }, .. definition.Workflows.Skip(2)],
        };

        var problems = CaseEffects.Unimplemented(changed);

        Assert.That(problems.Select(p => p.Path), Is.EqualTo(new[] { "$.workflows[1].transitions[0].effects[1]" }));
        Assert.That(problems[0].Message, Does.StartWith("effect 'case.archived' is not implemented by this engine; it implements: "));
    }

    [Test]
    public void Unimplemented_ATransitionDeclaredFromSeveralStates_GivesItsDeclarationsPathOnce()
    {
        var definition = WorkflowsFile.Definition.Definition;
        var (w, declared) = definition.Workflows
            .SelectMany((workflow, w) => workflow.Transitions.Select((t, i) => (w, t.Source, i)))
            .Where(x => x.Source is { FromList.Count: > 1, IsFirst: true } && x.Source.Index != x.i)
            .Select(x => (x.w, x.Source!.Index))
            .First();
        var workflow = definition.Workflows[w];
        var changed = definition with
        {
            Workflows = [.. definition.Workflows.Take(w), workflow with
            {
                Transitions = [.. workflow.Transitions.Select(t => t.Source?.Index == declared ? t with { Effects = [.. t.Effects, "case.archived"] } : t)],
            }, .. definition.Workflows.Skip(w + 1)],
        };

        var problems = CaseEffects.Unimplemented(changed);

        Assert.That(problems.Select(p => p.Path), Is.EqualTo(new[] { $"$.workflows[{w}].transitions[{declared}].effects[{workflow.Transitions.First(t => t.Source?.Index == declared).Effects.Count}]" }));
    }
}
