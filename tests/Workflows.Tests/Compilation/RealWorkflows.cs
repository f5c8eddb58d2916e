using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Tests.Conditions;

namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>The real workflows.json compiled once, and the two questions the workflow tests ask of it.</summary>
internal static class RealWorkflows
{
    private static readonly Lazy<CompiledDefinition> Compiled = new(() => CompiledDefinition.LoadFile(RepositoryFiles.DefinitionPath));

    /// <summary>The compiled real definition.</summary>
    public static CompiledDefinition Definition => Compiled.Value;

    /// <summary>Fires the trigger and asserts the machine took a declared transition from <paramref name="state"/> to <paramref name="expected"/>.</summary>
    public static FireOutcome AssertMoves(string workflow, string state, string trigger, string facts, string expected)
    {
        var outcome = Definition.Workflows[workflow].Fire(state, trigger, DictionaryFacts.Parse(facts));
        Assert.That(outcome.Refusal, Is.Null, $"{workflow}.{state} --{trigger}--> with [{facts}] was refused");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.IsPermitted, Is.True);
            Assert.That(outcome.Transition!.From, Is.EqualTo(state));
            Assert.That(outcome.Transition.Trigger, Is.EqualTo(trigger));
            Assert.That(outcome.Transition.To, Is.EqualTo(expected));
        }

        return outcome;
    }

    /// <summary>Fires the trigger, asserts it was refused with a reason naming the trigger and the state, and returns the reason.</summary>
    public static string AssertRefused(string workflow, string state, string trigger, string facts)
    {
        var outcome = Definition.Workflows[workflow].Fire(state, trigger, DictionaryFacts.Parse(facts));
        Assert.That(outcome.Transition, Is.Null, () => $"{workflow}.{state} --{trigger}--> with [{facts}] was permitted to {outcome.Transition!.To}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.IsPermitted, Is.False);
            Assert.That(outcome.Refusal, Does.Contain(trigger));
            Assert.That(outcome.Refusal, Does.Contain(state));
        }

        return outcome.Refusal!;
    }

    /// <summary>Fires a trigger the workflow does not declare, asserts it was refused naming the trigger and the workflow, and returns the reason.</summary>
    public static string AssertUndeclared(string workflow, string state, string trigger)
    {
        var outcome = Definition.Workflows[workflow].Fire(state, trigger, DictionaryFacts.Parse(""));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.IsPermitted, Is.False);
            Assert.That(outcome.Refusal, Does.Contain(trigger));
            Assert.That(outcome.Refusal, Does.Contain(workflow));
        }

        return outcome.Refusal!;
    }
}
